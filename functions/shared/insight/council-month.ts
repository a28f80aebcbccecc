/**
 * What a council sees of the insight (issue 27): a period's missed searches and the pages most often
 * answered «nei», each above the privacy floor. Shared, because /rad/ reads it with JavaScript
 * (GET /api/council/insight), without it (POST /api/council/page) and the monthly e-mail sends it.
 */
import type { CouncilInsight } from '../../../src/core/insight/model.ts';
import { pagesAnsweredNo } from '../../../src/core/insight/pages.ts';
import { missedSearches } from '../../../src/core/insight/searches.ts';
import type { AppContext } from '../dependencies.ts';
import { articleStorageOf } from '../publishing/article-storage-of.ts';
import { insightOf } from '../storage/parts.ts';
import { bookArticles, titleLookup, type BookArticle } from './book-articles.ts';

/** The book's articles with their titles and review dates: git's, with the newest saved revisions laid over. */
export const articlesOf = async (ctx: AppContext): Promise<BookArticle[]> => bookArticles(await articleStorageOf(ctx).listArticleHeads());

export async function councilInsight(ctx: AppContext, period: { from: string; to: string }): Promise<CouncilInsight> {
  const insight = insightOf(ctx);
  const [searches, pages, articles] = await Promise.all([
    insight.searchDays(period.from, period.to),
    insight.pageDays(period.from, period.to),
    articlesOf(ctx),
  ]);
  return { from: period.from, to: period.to, missed: missedSearches(searches), pages: pagesAnsweredNo(pages, titleLookup(articles)) };
}
