/**
 * Counting what readers do, as the insight keeps it (issue 27): the search of GET /api/sok and of
 * the search script's beacon, a result opened, a page's Ja/Nei. Only the day in Norway, the
 * question in its counted form (or nothing, when it looks like personal data) and the count: never
 * the time of day, an address, a header or any identifier. Shared, because the search results page,
 * the page-feedback route and the insight's own beacon route all count.
 */
import { dayOf } from '../../../src/core/insight/days.ts';
import { countedQuery } from '../../../src/core/insight/search-query.ts';
import type { AppContext } from '../dependencies.ts';
import { errorFields, log } from '../log.ts';
import { insightOf } from '../storage/parts.ts';

/** The environment (for the table) and the clock; a test may bring its own counts. */
export type CountingContext = Pick<AppContext, 'env' | 'now' | 'insight'>;

/** One search with `results` results; a question that looks like personal data counts only in the day's total. */
export async function countSearch(ctx: CountingContext, rawQuery: string, results: number): Promise<void> {
  const q = countedQuery(rawQuery);
  await insightOf(ctx).recordSearch({ day: dayOf(ctx.now()), results, ...(q === undefined ? {} : { q }) });
}

/** A result of that search was opened. */
export async function countOpened(ctx: CountingContext, rawQuery: string): Promise<void> {
  const q = countedQuery(rawQuery);
  await insightOf(ctx).recordOpened({ day: dayOf(ctx.now()), ...(q === undefined ? {} : { q }) });
}

/** A reader's Ja or Nei to «Fant du svar …?» on `page`. */
export async function countPageAnswer(ctx: CountingContext, page: string, useful: boolean): Promise<void> {
  await insightOf(ctx).recordPageAnswer({ day: dayOf(ctx.now()), page, useful });
}

/**
 * For routes whose own answer matters more than the count (the results page, the page feedback):
 * a count that fails is logged by its route and error name only, never what was counted.
 */
export async function countQuietly(what: string, count: () => Promise<void>): Promise<void> {
  try {
    await count();
  } catch (error) {
    log.warn('insight not counted', { counted: what, ...errorFields(error) });
  }
}
