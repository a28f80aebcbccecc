/**
 * GET /api/moderation/own-articles — the request kommune's own articles, or with `?slug=`
 * (and `version=n`) one of them: its newest source, or revision n. One function for both reads,
 * as for the local parts: a kommune's stack is near CloudFormation's 500 resources. 404 for a
 * kommune on its own.
 */
import { publishingText } from '../../../src/core/text/publishing.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withOwnArticles } from '../own-article-context.ts';
import { ownArticleSlug } from '../own-article-request.ts';
import { getOwnArticle, listOwnArticles } from '../own-articles.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const asked = event.queryStringParameters ?? {};
  if (asked.slug === undefined) return json(200, { items: await listOwnArticles(withOwnArticles(ctx)) });
  const slug = ownArticleSlug(asked.slug);
  if (asked.version !== undefined && !/^\d{1,6}$/.test(asked.version)) throw new NotFoundError(publishingText('error.revisionNotFound'));
  return json(200, await getOwnArticle(withOwnArticles(ctx), slug, asked.version === undefined ? undefined : Number(asked.version)));
});

export const handler = createHandler(run, defaultContext);
