/** GET /api/moderation/own-articles — the request kommune's own articles (404 for a kommune on its own). */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withOwnArticles } from '../own-article-context.ts';
import { listOwnArticles } from '../own-articles.ts';

export const run = editorRoute('kommune', async (_event, ctx) => json(200, { items: await listOwnArticles(withOwnArticles(ctx)) }));

export const handler = createHandler(run, defaultContext);
