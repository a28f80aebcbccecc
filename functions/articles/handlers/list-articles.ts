/** GET /api/moderation/articles — every article in the book, with its version and whether a draft waits. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { listArticles } from '../editor-articles.ts';

export const run = editorRoute(async (_event, ctx) => json(200, { items: await listArticles(withBook(ctx)) }));

export const handler = createHandler(run, defaultContext);
