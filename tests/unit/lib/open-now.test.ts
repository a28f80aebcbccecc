import { describe, expect, it } from 'vitest';
import { openingStatus, osloClock } from '../../../src/core/opening-hours.ts';
import { openingHoursSchema } from '../../../src/core/schemas/municipality.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const office = openingHoursSchema.parse({
  periods: [{ days: weekdays, from: '08:00', to: '15:30' }],
  exceptions: [
    { date: '2026-12-24', note: 'Julaften', periods: [] },
    { date: '2026-12-31', note: 'Nyttårsaften', periods: [{ from: '08:00', to: '12:00' }] },
  ],
});
const roundTheClock = openingHoursSchema.parse({ allDay: true, exceptions: [{ date: '2026-12-25', note: 'Første juledag', periods: [] }] });
const nightShift = openingHoursSchema.parse({ periods: [{ days: ['fri', 'sat'], from: '22:00', to: '07:00' }] });

/** An instant given as Oslo wall-clock time with its UTC offset, so each test reads as the reader's clock. */
const at = (local: string, offset: '+01:00' | '+02:00') => new Date(`${local}${offset}`);

describe('«Åpent nå» in Norwegian time', () => {
  it('is open inside the weekday hours and says when it closes', () => {
    expect(openingStatus(office, at('2026-11-24T10:30', '+01:00'))).toEqual({ open: true, closesAt: '15:30' });
  });

  it('closes at the closing minute, not one minute later', () => {
    expect(openingStatus(office, at('2026-11-24T15:29', '+01:00')).open).toBe(true);
    expect(openingStatus(office, at('2026-11-24T15:30', '+01:00')).open).toBe(false);
  });

  it('at night says it opens again next morning', () => {
    expect(openingStatus(office, at('2026-11-24T23:15', '+01:00'))).toEqual({
      open: false,
      opensAt: { date: '2026-11-25', weekday: 'wed', time: '08:00' },
    });
  });

  it('at the weekend points to Monday', () => {
    expect(openingStatus(office, at('2026-11-28T12:00', '+01:00'))).toEqual({
      open: false,
      opensAt: { date: '2026-11-30', weekday: 'mon', time: '08:00' },
    });
  });

  it('keeps a holiday closed and skips it when telling when it opens', () => {
    expect(openingStatus(office, at('2026-12-24T10:00', '+01:00')).open).toBe(false);
    expect(openingStatus(office, at('2026-12-23T16:00', '+01:00'))).toEqual({
      open: false,
      opensAt: { date: '2026-12-25', weekday: 'fri', time: '08:00' },
    });
  });

  it('uses a holiday’s shorter hours instead of the weekly ones', () => {
    expect(openingStatus(office, at('2026-12-31T11:00', '+01:00'))).toEqual({ open: true, closesAt: '12:00' });
    expect(openingStatus(office, at('2026-12-31T13:00', '+01:00')).open).toBe(false);
  });

  it('is open round the clock without a closing time, except on its exceptions', () => {
    expect(openingStatus(roundTheClock, at('2026-11-29T03:00', '+01:00'))).toEqual({ open: true });
    expect(openingStatus(roundTheClock, at('2026-12-24T20:00', '+01:00'))).toEqual({ open: true, closesAt: '00:00' });
    expect(openingStatus(roundTheClock, at('2026-12-25T12:00', '+01:00'))).toEqual({
      open: false,
      opensAt: { date: '2026-12-26', weekday: 'sat', time: '00:00' },
    });
  });

  it('runs a late shift past midnight into the next morning', () => {
    expect(openingStatus(nightShift, at('2026-11-27T23:00', '+01:00'))).toEqual({ open: true, closesAt: '07:00' });
    expect(openingStatus(nightShift, at('2026-11-28T02:00', '+01:00'))).toEqual({ open: true, closesAt: '07:00' });
    expect(openingStatus(nightShift, at('2026-11-30T02:00', '+01:00')).open).toBe(false);
  });

  it('follows summer time: 08:30 is open on both sides of the spring change', () => {
    expect(openingStatus(office, at('2026-03-27T08:30', '+01:00')).open).toBe(true);
    expect(openingStatus(office, at('2026-03-30T08:30', '+02:00')).open).toBe(true);
    expect(openingStatus(office, new Date('2026-03-30T05:30:00Z')).open).toBe(false);
    expect(osloClock(new Date('2026-03-30T06:30:00Z'))).toEqual({ date: '2026-03-30', weekday: 'mon', minutes: 8 * 60 + 30 });
  });

  it('follows the autumn change back to winter time', () => {
    expect(osloClock(new Date('2026-10-23T06:30:00Z')).minutes).toBe(8 * 60 + 30);
    expect(osloClock(new Date('2026-10-26T06:30:00Z')).minutes).toBe(7 * 60 + 30);
    expect(openingStatus(office, new Date('2026-10-26T06:30:00Z')).open).toBe(false);
    expect(openingStatus(office, new Date('2026-10-26T07:30:00Z')).open).toBe(true);
  });

  it('counts the Oslo date, not the UTC date, just after midnight', () => {
    expect(osloClock(new Date('2026-11-24T23:30:00Z'))).toEqual({ date: '2026-11-25', weekday: 'wed', minutes: 30 });
  });
});

describe('opening hours in the config', () => {
  it('rejects hours with neither periods nor «hele døgnet»', () => {
    expect(openingHoursSchema.safeParse({}).success).toBe(false);
  });

  it('rejects a clock time readers could misread', () => {
    expect(openingHoursSchema.safeParse({ periods: [{ days: ['mon'], from: '8', to: '15:30' }] }).success).toBe(false);
  });
});
