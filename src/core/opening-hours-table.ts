/** Opening hours as the rows of a table readers can scan: «mandag–fredag | 08:00–15:30». */
import type { OpeningHours } from './schemas/municipality.ts';
import { WEEKDAYS, type Weekday } from './weekdays.ts';
import { t } from './text/t.ts';

export interface HoursRow {
  /** «mandag–fredag», «lørdag og søndag», «24. desember (Julaften)». */
  when: string;
  /** «08:00–15:30», «Hele døgnet», «Stengt». */
  time: string;
}

const dayName = (day: Weekday) => t(`site.day.${day}`);

/** «mandag–fredag» for three or more days in a row, otherwise «lørdag og søndag» / «mandag, onsdag og fredag». */
export function describeDays(days: readonly Weekday[]): string {
  const sorted = WEEKDAYS.filter((day) => days.includes(day));
  const indexes = sorted.map((day) => WEEKDAYS.indexOf(day));
  const consecutive = indexes.every((index, position) => position === 0 || index === (indexes[position - 1] ?? -2) + 1);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (sorted.length === 7) return `${dayName('mon')}–${dayName('sun')}`;
  if (consecutive && sorted.length >= 3 && first && last) return `${dayName(first)}–${dayName(last)}`;
  const names = sorted.map(dayName);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Every row of the table: the weekly pattern first, then the dates that differ. */
export function hoursRows(hours: OpeningHours): HoursRow[] {
  const weekly: HoursRow[] = hours.allDay
    ? [{ when: describeDays(WEEKDAYS), time: t('site.local.hoursAllDay') }]
    : hours.periods.map((period) => ({ when: describeDays(period.days), time: `${period.from}–${period.to}` }));
  const exceptions = hours.exceptions.map((exception) => ({
    when: `${dateFormat.format(new Date(`${exception.date}T00:00:00Z`))} (${exception.note})`,
    time:
      exception.periods.length === 0 ? t('site.local.closed') : exception.periods.map((period) => `${period.from}–${period.to}`).join(', '),
  }));
  return [...weekly, ...exceptions];
}
