/** PUT /api/moderation/articles/{slug} — saves a revision; 400 invalid-article, 409 when stale. */
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { parseSaveArticle } from '../article-request.ts';
import { pathSlug } from '../../shared/book/path-slug.ts';
import { saveArticle } from '../editor-articles.ts';

export const run = editorRoute('national-text', async (event, ctx, editor) => {
  const slug = pathSlug(event.pathParameters?.slug);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  return json(200, await saveArticle(withBook(ctx), editor, slug, parseSaveArticle(body.value)));
});

export const handler = createHandler(run, defaultContext);
