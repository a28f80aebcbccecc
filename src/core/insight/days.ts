/**
 * Days as the insight counts them: YYYY-MM-DD in Norway, the calendar the kommune lives by (a
 * search at 00:30 on New Year's Day is New Year's Day). Plain calendar arithmetic on those strings.
 */
import { norwegianIsoDay } from '../norwegian-date.ts';

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Months a daily count is kept; after that DynamoDB's TTL deletes it (and reads leave it out before then). */
export const RETENTION_MONTHS = 13;

const DAY_MS = 86_400_000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** Whether `day` is a real date written YYYY-MM-DD (no 2026-02-30). */
export function isDay(day: string): boolean {
  return DAY_PATTERN.test(day) && !Number.isNaN(toDate(day).getTime()) && toDay(toDate(day)) === day;
}

/** The day in Norway at `at`. */
export const dayOf = (at: Date): string => norwegianIsoDay(at);

export const addDays = (day: string, days: number): string => toDay(new Date(toDate(day).getTime() + days * DAY_MS));

/** The same date `months` later (or earlier), or the month's last day when it has no such date (31 March − 1 month = 28/29 February). */
export function addMonths(day: string, months: number): string {
  const date = toDate(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toDay(target);
}

/** Days from `from` to `to`, both counted (1 for the same day). */
export const daysBetween = (from: string, to: string): number => Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS) + 1;

/** The Monday of the week `day` lies in (weeks run Monday to Sunday in Norway). */
export function weekStart(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The ISO week number of `day` (week 1 holds the year's first Thursday), as on Norwegian calendars. */
export function weekNumber(day: string): number {
  const thursday = addDays(weekStart(day), 3);
  const firstOfYear = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((daysBetween(firstOfYear, thursday) - 1) / 7) + 1;
}

/**
 * The TTL of a daily count, in epoch seconds: the start of the same day RETENTION_MONTHS later.
 * DynamoDB deletes the item some time after that; reads leave it out from that moment.
 */
export const expiresAtOf = (day: string): number => Math.floor(toDate(addMonths(day, RETENTION_MONTHS)).getTime() / 1000);

/** The oldest day whose counts are still kept at `today`. */
export const oldestKeptDay = (today: string): string => addDays(addMonths(today, -RETENTION_MONTHS), 1);

/** «The month» a council's page and the digest sent by hand show: the same date a month back, through `today`. */
export const monthUpTo = (today: string): { from: string; to: string } => ({ from: addMonths(today, -1), to: today });

const hourFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Oslo' });

/** Whether the councils' monthly e-mail is due at `at`: the 1st of a month in Norway, from `hour` o'clock on. */
export const monthlyDigestDue = (at: Date, hour: number): boolean => dayOf(at).endsWith('-01') && Number(hourFormat.format(at)) >= hour;

/** The calendar month before the one `today` lies in: what the digest sent on the 1st covers. */
export function previousMonth(today: string): { from: string; to: string } {
  const firstOfThisMonth = `${today.slice(0, 7)}-01`;
  return { from: addMonths(firstOfThisMonth, -1), to: addDays(firstOfThisMonth, -1) };
}
