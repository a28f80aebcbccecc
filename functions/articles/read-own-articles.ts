/**
 * The reads of a kommune's own articles, served by GET /api/moderation/articles with `?own` (the
 * kommune's list) or `?own=<slug>` (and `version=n`: one of them, its newest source or revision
 * n): no function of their own, as a kommune's stack is near CloudFormation's 500 resources.
 */
import { publishingText } from '../../src/core/text/publishing.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { NotFoundError } from '../shared/errors.ts';
import { withOwnArticles } from './own-article-context.ts';
import { ownArticleSlug } from './own-article-request.ts';
import { getOwnArticle, listOwnArticles } from './own-articles.ts';

/** The query parameter that asks for the kommune's own articles instead of the national ones. */
export const OWN_PARAMETER = 'own';

export async function readOwnArticles(ctx: AppContext, asked: Readonly<Record<string, string | undefined>>): Promise<object> {
  const own = withOwnArticles(ctx);
  if (!asked[OWN_PARAMETER]) return { items: await listOwnArticles(own) };
  const slug = ownArticleSlug(asked[OWN_PARAMETER]);
  const version = asked.version;
  if (version !== undefined && !/^\d{1,6}$/.test(version)) throw new NotFoundError(publishingText('error.revisionNotFound'));
  return getOwnArticle(own, slug, version === undefined ? undefined : Number(version));
}
