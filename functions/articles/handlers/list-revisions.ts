/** GET /api/moderation/articles/{slug}/revisions — every saved revision, newest first, with who, when and why. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { pathSlug } from '../../shared/book/path-slug.ts';
import { listRevisions } from '../editor-articles.ts';

export const run = editorRoute('national-text', async (event, ctx) => {
  const slug = pathSlug(event.pathParameters?.slug);
  return json(200, { items: await listRevisions(withBook(ctx), slug) });
});

export const handler = createHandler(run, defaultContext);
