/**
 * The editors' report (GET /api/moderation/insight) and its weeks, from the daily counts, the
 * suggestions of the period and the book's review dates. No AWS here.
 */
import { addDays, dayOf } from '../../src/core/insight/days.ts';
import type { InsightReport, InsightWeeks } from '../../src/core/insight/model.ts';
import { pageReport } from '../../src/core/insight/pages.ts';
import { searchReport } from '../../src/core/insight/searches.ts';
import { overdueReviews, suggestionReport } from '../../src/core/insight/suggestions.ts';
import { searchesPerWeek } from '../../src/core/insight/weeks.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { insightOf, suggestionListsOf } from '../shared/storage/parts.ts';
import { titleLookup } from '../shared/insight/book-articles.ts';
import { articlesOf } from '../shared/insight/council-month.ts';
import type { Period } from './period.ts';

/** Suggestions that arrived on the days of the period, in Norway: the instants around it, then the days. */
async function suggestionsReceived(ctx: AppContext, period: Period) {
  const times = await suggestionListsOf(ctx).suggestionTimesBetween(`${addDays(period.from, -1)}T00:00`, `${addDays(period.to, 1)}T23:59`);
  return times.filter((times) => {
    const day = dayOf(new Date(times.createdAt));
    return day >= period.from && day <= period.to;
  });
}

export async function insightReport(ctx: AppContext, period: Period): Promise<InsightReport> {
  const insight = insightOf(ctx);
  const [searches, totals, pages, received, articles] = await Promise.all([
    insight.searchDays(period.from, period.to),
    insight.dayTotals(period.from, period.to),
    insight.pageDays(period.from, period.to),
    suggestionsReceived(ctx, period),
    articlesOf(ctx),
  ]);
  return {
    searches: searchReport(searches, totals),
    pages: pageReport(pages, titleLookup(articles)),
    suggestions: suggestionReport(received),
    reviews: { overdue: overdueReviews(articles, dayOf(ctx.now())) },
  };
}

export async function insightWeeks(ctx: AppContext, period: Period): Promise<InsightWeeks> {
  return { weeks: searchesPerWeek(await insightOf(ctx).dayTotals(period.from, period.to), period.from, period.to) };
}
