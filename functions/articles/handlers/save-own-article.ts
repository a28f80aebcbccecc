/** PUT /api/moderation/own-articles/{slug} — saves a revision of the kommune's own article; 400 slug taken or invalid, 409 when stale. */
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withOwnArticles } from '../own-article-context.ts';
import { ownArticleSlug, parseOwnArticle } from '../own-article-request.ts';
import { saveOwnArticle } from '../own-articles.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const slug = ownArticleSlug(event.pathParameters?.slug);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  return json(200, await saveOwnArticle(withOwnArticles(ctx), editor, slug, parseOwnArticle(body.value)));
});

export const handler = createHandler(run, defaultContext);
