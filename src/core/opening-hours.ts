/**
 * «Åpent nå»: whether a service answers at a given instant, in Norwegian time (Europe/Oslo, with
 * summer time), from its opening-hours data. Pure, so the same code runs in the build's tests and
 * in the reader's browser, where the instant is the reader's own clock.
 */
import type { OpeningHours } from './schemas/municipality.ts';
import { WEEKDAYS, type Weekday } from './weekdays.ts';

export const TIME_ZONE = 'Europe/Oslo';

/** The wall clock in Oslo at an instant. */
export interface OsloClock {
  /** YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  /** Minutes since midnight, 0–1439. */
  minutes: number;
}

export type OpeningStatus =
  | { open: true; /** HH:MM when it closes today, absent when open round the clock. */ closesAt?: string }
  | {
      open: false;
      /** The next opening within a week, absent when none is known. */ opensAt?: { date: string; weekday: Weekday; time: string };
    };

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const SHORT_DAYS: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

/** The Oslo date, weekday and time of day at an instant. */
export function osloClock(instant: Date): OsloClock {
  const parts = Object.fromEntries(clockFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  const weekday = SHORT_DAYS[parts.weekday ?? ''];
  if (!weekday) throw new Error(`Ukjent ukedag fra Intl: ${parts.weekday}`);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

const toTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The calendar day after `date` (YYYY-MM-DD), by the calendar, not by adding 24 hours. */
function nextDate(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

const nextWeekday = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % WEEKDAYS.length] ?? 'mon';
const previousWeekday = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + WEEKDAYS.length - 1) % WEEKDAYS.length] ?? 'sun';

/** Open stretches of one calendar day as [from, to) minutes, including the tail of last night's late period. */
function stretches(hours: OpeningHours, date: string, weekday: Weekday, previousDate: string | undefined): Array<[number, number]> {
  const exception = hours.exceptions.find((candidate) => candidate.date === date);
  if (exception) return exception.periods.map((period) => [toMinutes(period.from), Math.min(toMinutes(period.to) || 1440, 1440)]);
  if (hours.allDay) return [[0, 1440]];
  const result: Array<[number, number]> = [];
  for (const period of hours.periods) {
    const from = toMinutes(period.from);
    const to = toMinutes(period.to);
    const overnight = to !== 0 && to < from;
    if (period.days.includes(weekday)) result.push([from, overnight || to === 0 ? 1440 : to]);
    const yesterdayIsException = previousDate !== undefined && hours.exceptions.some((candidate) => candidate.date === previousDate);
    if (overnight && period.days.includes(previousWeekday(weekday)) && !yesterdayIsException) result.push([0, to]);
  }
  return result;
}

/** Whether a service with these hours is open at `instant`, when it closes, or when it next opens. */
export function openingStatus(hours: OpeningHours, instant: Date): OpeningStatus {
  const now = osloClock(instant);
  const yesterday = new Date(`${now.date}T12:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const today = stretches(hours, now.date, now.weekday, yesterday.toISOString().slice(0, 10));
  const current = today.find(([from, to]) => now.minutes >= from && now.minutes < to);
  if (current) {
    const roundTheClock =
      hours.allDay && !hours.exceptions.some((exception) => exception.date === now.date || exception.date === nextDate(now.date));
    if (roundTheClock) return { open: true };
    const end = current[1] === 1440 ? continuesInto(hours, now) : current[1];
    return end === undefined ? { open: true } : { open: true, closesAt: toTime(end) };
  }
  let date = now.date;
  let weekday = now.weekday;
  let after = now.minutes;
  for (let day = 0; day < 8; day += 1) {
    const previous = day === 0 ? undefined : date;
    if (day > 0) {
      date = nextDate(date);
      weekday = nextWeekday(weekday);
      after = -1;
    }
    const start = stretches(hours, date, weekday, previous)
      .map(([from]) => from)
      .filter((from) => from > after)
      .sort((a, b) => a - b)[0];
    if (start !== undefined) return { open: false, opensAt: { date, weekday, time: toTime(start) } };
  }
  return { open: false };
}

/** When a stretch that runs to midnight goes on after it, the closing time tomorrow; undefined if it never closes within a day. */
function continuesInto(hours: OpeningHours, now: OsloClock): number | undefined {
  const tomorrow = stretches(hours, nextDate(now.date), nextWeekday(now.weekday), now.date);
  const morning = tomorrow.find(([from]) => from === 0);
  if (!morning) return 0;
  return morning[1] === 1440 ? undefined : morning[1];
}
