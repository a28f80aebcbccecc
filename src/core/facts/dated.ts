/**
 * Dated values: a price table or a national figure holds several values, each from its
 * `validFrom` (and, for figures, up to an optional `validTo`). The book shows the one in force on
 * the day it is built and says when a later one is known; every date on which that changes is a
 * day the book must be rebuilt (src/core/facts/change-dates.ts).
 */

export type Dated = { validFrom: string; validTo?: string | undefined };

const newestFirst = <T extends Dated>(values: readonly T[]) => [...values].sort((a, b) => b.validFrom.localeCompare(a.validFrom));

/** The value in force on `day` (YYYY-MM-DD): the latest that started on or before it, unless it has ended. */
export function inForce<T extends Dated>(values: readonly T[], day: string): T | undefined {
  const latest = newestFirst(values).find((value) => value.validFrom <= day);
  return latest && (latest.validTo === undefined || latest.validTo >= day) ? latest : undefined;
}

/** The next value known to start after `day`, if any. */
export function nextKnown<T extends Dated>(values: readonly T[], day: string): T | undefined {
  return [...values].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).find((value) => value.validFrom > day);
}

/** When nothing is in force: the latest value that has ended, so readers can be told what it was and until when. */
export function lastEnded<T extends Dated>(values: readonly T[], day: string): T | undefined {
  if (inForce(values, day)) return undefined;
  return newestFirst(values).find((value) => value.validFrom <= day);
}

/** The day after `day` (YYYY-MM-DD), by the calendar. */
export function dayAfter(day: string): string {
  const next = new Date(`${day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Days after `day` on which what these values show changes: each later `validFrom`, and the day after each later `validTo`. */
export function changeDays(values: readonly Dated[], day: string): string[] {
  const days = new Set<string>();
  for (const value of values) {
    if (value.validFrom > day) days.add(value.validFrom);
    if (value.validTo !== undefined && dayAfter(value.validTo) > day) days.add(dayAfter(value.validTo));
  }
  return [...days].sort();
}
