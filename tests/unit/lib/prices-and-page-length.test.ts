import { describe, expect, it } from 'vitest';
import { describeItem, formatPrice } from '../../../src/core/prices.ts';
import { hoursRows, describeDays } from '../../../src/core/opening-hours-table.ts';
import { needsJumpLinks } from '../../../src/core/page-length.ts';
import { openingHoursSchema } from '../../../src/core/schemas/municipality.ts';

describe('price lines', () => {
  it('reads an amount per unit the Norwegian way, and 0 as free', () => {
    expect(formatPrice({ amount: 1234, unit: 'month' })).toBe('1\u00a0234 kr per måned');
    expect(formatPrice({ amount: 193, unit: 'day' })).toBe('193 kr per døgn');
    expect(formatPrice({ amount: 0, unit: 'stay' })).toBe('Gratis');
  });

  it('names the income bracket in G, open at either end', () => {
    expect(describeItem({ amount: 230, unit: 'month', incomeBracket: { toG: 2 } })).toBe('Husstandens inntekt under 2 G');
    expect(describeItem({ amount: 900, unit: 'month', incomeBracket: { fromG: 2, toG: 3 } })).toBe('Husstandens inntekt 2–3 G');
    expect(describeItem({ amount: 4000, unit: 'month', label: 'Leie', incomeBracket: { fromG: 5 } })).toBe(
      'Leie – Husstandens inntekt over 5 G',
    );
  });
});

describe('opening-hours table', () => {
  it('writes a run of days as a range and other days as a list', () => {
    expect(describeDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('mandag–fredag');
    expect(describeDays(['sat', 'sun'])).toBe('lørdag og søndag');
    expect(describeDays(['mon', 'wed', 'fri'])).toBe('mandag, onsdag og fredag');
  });

  it('lists the week first, then the dates that differ', () => {
    const hours = openingHoursSchema.parse({
      periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '14:00' }],
      exceptions: [{ date: '2026-12-24', note: 'Julaften' }],
    });
    expect(hoursRows(hours)).toEqual([
      { when: 'mandag–fredag', time: '10:00–14:00' },
      { when: '24. desember (Julaften)', time: 'Stengt' },
    ]);
    expect(hoursRows(openingHoursSchema.parse({ allDay: true }))).toEqual([{ when: 'mandag–søndag', time: 'Hele døgnet' }]);
  });
});

describe('«På denne siden»', () => {
  it('appears only past about six phone screens with sections to jump to', () => {
    expect(needsJumpLinks(250, 6)).toBe(false);
    expect(needsJumpLinks(480, 7)).toBe(true);
    expect(needsJumpLinks(900, 2)).toBe(false);
  });
});
