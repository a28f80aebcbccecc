/** GET /api/moderation/articles/{slug}/revisions — every saved revision, newest first, with who, when and why. */
import { defaultContext } from '../../shared/context.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../moderation/editor-route.ts';
import { withBook } from '../article-context.ts';
import { pathSlug } from '../article-request.ts';
import { listRevisions } from '../editor-articles.ts';

export const run = editorRoute(async (event, ctx) => {
  const slug = pathSlug(event.pathParameters?.slug);
  return json(200, { items: await listRevisions(withBook(ctx), slug) });
});

export const handler = createHandler(run, defaultContext);
