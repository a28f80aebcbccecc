/**
 * POST /api/moderation/articles/preview — `{ source }` → the article as readers would see it (its
 * title, «Kort fortalt» and text) as an HTML fragment, drawn by the server renderer with the
 * reader's page's own renderer, for the editors' preview. Stores nothing and reads no table.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { parseBody } from '../../shared/http.ts';
import { builtSiteOf } from '../../shared/built-site.ts';
import { renderedPage } from '../../shared/rendered-page.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { parsePreviewArticle } from '../article-request.ts';

export const run = editorRoute('national-text', async (event, ctx) => {
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const { source, slug } = parsePreviewArticle(body.value);
  return renderedPage(builtSiteOf(ctx).serverDir, 'articlePreview', { source, ...(slug ? { slug } : {}) });
});

export const handler = createHandler(run, defaultContext);
