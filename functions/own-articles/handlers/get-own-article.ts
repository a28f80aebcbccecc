/** GET /api/moderation/own-articles/{slug}[?version=n] — the newest source of the kommune's own article, or revision n. */
import { publishingText } from '../../../src/core/text/publishing.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withOwnArticles } from '../own-article-context.ts';
import { ownArticleSlug } from '../own-article-request.ts';
import { getOwnArticle } from '../own-articles.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const slug = ownArticleSlug(event.pathParameters?.slug);
  const asked = event.queryStringParameters?.version;
  if (asked !== undefined && !/^\d{1,6}$/.test(asked)) throw new NotFoundError(publishingText('error.revisionNotFound'));
  return json(200, await getOwnArticle(withOwnArticles(ctx), slug, asked === undefined ? undefined : Number(asked)));
});

export const handler = createHandler(run, defaultContext);
