/**
 * A suggestion's reference, e.g. «F-2026-0042»: short enough to read aloud on the phone, counted
 * per year (the year in Norway, so a suggestion sent on New Year's Eve at 23:30 belongs to that year).
 */

/** At least four digits; the number simply grows past 9999 in a very busy year. */
export const REFERENCE_PATTERN = /^F-(\d{4})-(\d{4,9})$/;

export function formatReference(year: number, number: number): string {
  return `F-${year}-${String(number).padStart(4, '0')}`;
}

/** The year in Norway at `at`, which decides whose counter a reference is taken from. */
export function referenceYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(at));
}

/**
 * Reads a reference as people type or say it: any case, spaces or no dashes («f 2026 42»,
 * «F2026-0042»); undefined when it cannot be one.
 */
export function parseReference(input: string): string | undefined {
  // Hyphens of every kind: a reference copied from a page may carry a non-breaking one (U+2011).
  const match = /^F[\s‐‑–—-]*(\d{4})[\s‐‑–—-]*(\d{1,9})$/.exec(input.trim().toUpperCase());
  if (!match) return undefined;
  const number = Number(match[2]);
  if (number < 1) return undefined;
  return formatReference(Number(match[1]), number);
}
