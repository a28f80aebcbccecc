/** GET /api/moderation/reviews — rounds with news for editors (a statement came, a deadline passed unanswered): the badge on /redaksjon/. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { reviewNews } from '../reviews.ts';

export const run = editorRoute('kommune', async (_event, ctx) => json(200, { items: await reviewNews(withBook(ctx)) }));

export const handler = createHandler(run, defaultContext);
