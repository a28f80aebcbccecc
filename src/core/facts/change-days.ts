/**
 * The days on which the book changes by itself: a price or national figure with a later
 * `validFrom` (or a `validTo` that ends) shows something else from that day, so the book must be
 * rebuilt then, without anyone pressing «Publiser».
 */
import { osloClock } from '../opening-hours.ts';
import { changeDays } from './dated.ts';
import { factsOf, type Fact, type FactFiles } from './facts.ts';

type DatedValues = { values?: { validFrom: string; validTo?: string }[] };

/** Every day after `day` on which a dated value of these facts starts or ends, earliest first. */
export function changeDaysOf(facts: readonly Fact[], day: string): string[] {
  const days = new Set<string>();
  for (const fact of facts) {
    const value = fact.value as DatedValues & { prices?: DatedValues[] };
    const tables = fact.kind === 'national' ? [value] : (value.prices ?? []);
    for (const table of tables) for (const changed of changeDays(table.values ?? [], day)) days.add(changed);
  }
  return [...days].sort();
}

/** The same, for the facts of the seed files (or of a publication's overlay). */
export function factChangeDays(files: FactFiles, day: string): string[] {
  return changeDaysOf(factsOf(files), day);
}

/** The instant a day (YYYY-MM-DD) begins in Norway, summer time or not: when a rebuild for it is due. */
export function startOfOsloDay(day: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  for (const hours of [1, 2, 0]) {
    const candidate = new Date(midnightUtc - hours * 3_600_000);
    const clock = osloClock(candidate);
    if (clock.date === day && clock.minutes === 0) return candidate;
  }
  throw new Error(`Fant ikke midnatt i Norge for ${day}`);
}
