/**
 * GET /api/moderation/publish/{id} — the publication's stage in words and the time so far. Only
 * reads: the build itself moves publications on (functions/shared/publishing/publications.ts).
 */
import { publishingText } from '../../../src/core/text/publishing.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { getPublication, publicationView } from '../../shared/publishing/publications.ts';
import { articleStorageOf } from '../../shared/publishing/article-storage-of.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const publication = await getPublication({ articles: articleStorageOf(ctx) }, pathId(event, publishingText('error.publicationNotFound')));
  return json(200, publicationView(publication, ctx.now()));
});

export const handler = createHandler(run, defaultContext);
