import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayOf,
  expiresAtOf,
  isDay,
  monthlyDigestDue,
  monthUpTo,
  oldestKeptDay,
  previousMonth,
  weekNumber,
  weekStart,
} from '../../../src/core/insight/days.ts';
import { median } from '../../../src/core/insight/median.ts';
import { searchesPerWeek } from '../../../src/core/insight/weeks.ts';

describe('days in Norway', () => {
  it('counts a search half an hour into New Year’s Day in Norway on that day', () => {
    expect(dayOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dayOf(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('knows a real date from one that only looks like it', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
    expect(isDay('i går')).toBe(false);
  });

  it('moves by months to the same date, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 13)).toBe('2027-02-15');
  });

  it('keeps a day’s counts for thirteen months', () => {
    expect(expiresAtOf('2026-12-07')).toBe(Date.parse('2028-01-07T00:00:00Z') / 1000);
    expect(oldestKeptDay('2028-01-07')).toBe('2026-12-08');
  });

  it('has weeks from Monday with the numbers of Norwegian calendars', () => {
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
    expect(weekNumber('2026-12-07')).toBe(50);
    expect(weekNumber('2027-01-01')).toBe(53);
    expect(weekNumber('2027-01-04')).toBe(1);
  });

  it('has «the month» up to today, and the calendar month before for the digest of the 1st', () => {
    expect(monthUpTo('2026-12-07')).toEqual({ from: '2026-11-07', to: '2026-12-07' });
    expect(previousMonth('2026-12-01')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(previousMonth('2027-01-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('the monthly e-mail to the councils', () => {
  it('is due on the 1st in Norway from its hour on, and not before or on another day', () => {
    expect(monthlyDigestDue(new Date('2026-12-01T07:00:00Z'), 8)).toBe(true);
    expect(monthlyDigestDue(new Date('2026-12-01T06:59:00Z'), 8)).toBe(false);
    expect(monthlyDigestDue(new Date('2026-11-30T23:30:00Z'), 0)).toBe(true);
    expect(monthlyDigestDue(new Date('2026-12-02T09:00:00Z'), 8)).toBe(false);
  });
});

describe('the median', () => {
  it('is the middle value, the mean of the two middle ones for an even count, and null for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe('searches per week', () => {
  it('has every week of the period, cut to it at both ends, also a week without searches', () => {
    const totals = [
      { day: '2026-11-04', searches: 3, noResults: 1, opened: 1 },
      { day: '2026-11-05', searches: 2, noResults: 0, opened: 2 },
      { day: '2026-11-20', searches: 4, noResults: 4, opened: 0 },
    ];
    expect(searchesPerWeek(totals, '2026-11-04', '2026-11-20')).toEqual([
      { week: 45, from: '2026-11-04', to: '2026-11-08', searches: 5, missed: 2 },
      { week: 46, from: '2026-11-09', to: '2026-11-15', searches: 0, missed: 0 },
      { week: 47, from: '2026-11-16', to: '2026-11-20', searches: 4, missed: 4 },
    ]);
  });
});

describe('the charts’ geometry', () => {
  it('draws each week as a column as tall as its share of the largest, none for a week without searches', async () => {
    const { columns } = await import('../../../src/core/insight/charts.ts');
    expect(columns([2, 0, 4], { width: 300, height: 100, gap: 10 })).toEqual([
      { x: 5, y: 50, width: 90, height: 50 },
      { x: 105, y: 100, width: 90, height: 0 },
      { x: 205, y: 0, width: 90, height: 100 },
    ]);
    expect(columns([0, 0], { width: 300, height: 100, gap: 10 }).map((column) => column.height)).toEqual([0, 0]);
  });

  it('splits a page’s bar into Ja and Nei, as long as its share of the most answered page', async () => {
    const { answerBar } = await import('../../../src/core/insight/charts.ts');
    expect(answerBar({ yes: 3, no: 1 }, 8, 400)).toEqual({ yes: 150, no: 50 });
    expect(answerBar({ yes: 0, no: 0 }, 0, 400)).toEqual({ yes: 0, no: 0 });
  });
});
