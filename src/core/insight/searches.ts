/**
 * From daily counts to what editors and councils may see: the questions asked most and those that
 * missed, each only above the privacy floor (privacy-floor.ts).
 */
import type { DayTotal, InsightReport, MissedSearch, SearchDay } from './model.ts';
import { meetsPrivacyFloor } from './privacy-floor.ts';

/** How many questions a list shows at most. */
export const LIST_LIMIT = 20;

/**
 * Searches of a day that missed: those that found nothing, and those whose results nobody opened.
 * An opening counted on the next day (a reader searching at midnight) never makes it negative.
 */
export function missedOf(row: Pick<SearchDay, 'searches' | 'noResults' | 'opened'>): number {
  const found = Math.max(0, row.searches - row.noResults);
  return Math.min(row.searches, row.noResults + Math.max(0, found - row.opened));
}

type Tally = { count: number; days: Set<string> };

function tally(rows: readonly SearchDay[], countOf: (row: SearchDay) => number): Map<string, Tally> {
  const byQuery = new Map<string, Tally>();
  for (const row of rows) {
    const count = countOf(row);
    if (count <= 0) continue;
    const entry = byQuery.get(row.q) ?? { count: 0, days: new Set<string>() };
    entry.count += count;
    entry.days.add(row.day);
    byQuery.set(row.q, entry);
  }
  return byQuery;
}

/** Most first, then A–Å; only what meets the floor. */
function visible(byQuery: Map<string, Tally>, limit: number): MissedSearch[] {
  return [...byQuery]
    .map(([q, { count, days }]) => ({ q, count, days: days.size }))
    .filter(meetsPrivacyFloor)
    .sort((a, b) => b.count - a.count || a.q.localeCompare(b.q, 'nb'))
    .slice(0, limit);
}

/** Questions that missed, each by at least five missed searches on two days. */
export const missedSearches = (rows: readonly SearchDay[], limit = LIST_LIMIT): MissedSearch[] => visible(tally(rows, missedOf), limit);

export function searchReport(rows: readonly SearchDay[], totals: readonly DayTotal[], limit = LIST_LIMIT): InsightReport['searches'] {
  return {
    total: totals.reduce((sum, day) => sum + day.searches, 0),
    top: visible(
      tally(rows, (row) => row.searches),
      limit,
    ).map(({ q, count }) => ({ q, count })),
    missed: missedSearches(rows, limit),
  };
}
