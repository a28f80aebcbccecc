/**
 * «Sist kontrollert»: when a fact was last checked against its sources, and when it is due again
 * (default every 12 months). A fact past its date is listed first for editors and marked for readers.
 */

export const DEFAULT_REVIEW_MONTHS = 12;

/** `lastChecked` plus `months`, by the calendar (31 January + 1 month = 28/29 February). */
export function reviewDue(lastChecked: string, months = DEFAULT_REVIEW_MONTHS): string {
  const [year = 0, month = 1, day = 1] = lastChecked.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** True when the fact has never been checked, or its check is older than its interval on `today`. */
export function isOverdue(fact: { lastChecked?: string | undefined; reviewMonths?: number | undefined }, today: string): boolean {
  return fact.lastChecked === undefined || reviewDue(fact.lastChecked, fact.reviewMonths) < today;
}
