/** GET /api/moderation/reviews — rounds with news for editors (a statement came, a deadline passed unanswered): the badge on /redaksjon/. */
import { defaultContext } from '../../shared/context.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../moderation/editor-route.ts';
import { withBook } from '../../articles/article-context.ts';
import { reviewNews } from '../reviews.ts';

export const run = editorRoute(async (_event, ctx) => json(200, { items: await reviewNews(withBook(ctx)) }));

export const handler = createHandler(run, defaultContext);
