/**
 * The days on which the book changes by itself: a price or national figure with a later
 * `validFrom` (or a `validTo` that ends) shows something else from that day, so the book must be
 * rebuilt then, without anyone pressing «Publiser».
 */
import { changeDays } from './dated.ts';
import type { FactFiles } from './facts.ts';
import { factsOf } from './facts.ts';

type DatedValues = { values?: { validFrom: string; validTo?: string }[] };

/** Every day after `day` on which a dated value of the book's facts starts or ends, earliest first. */
export function factChangeDays(files: FactFiles, day: string): string[] {
  const days = new Set<string>();
  for (const fact of factsOf(files)) {
    const value = fact.value as DatedValues & { prices?: DatedValues[] };
    const tables = fact.kind === 'national' ? [value] : (value.prices ?? []);
    for (const table of tables) for (const changed of changeDays(table.values ?? [], day)) days.add(changed);
  }
  return [...days].sort();
}
