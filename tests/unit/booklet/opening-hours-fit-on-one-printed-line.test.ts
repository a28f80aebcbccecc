import { describe, expect, it } from 'vitest';
import { hoursInWords } from '../../../src/core/booklet/hours.ts';
import { openingHoursSchema } from '../../../src/core/schemas/municipality.ts';

describe('opening hours in the short edition', () => {
  it('read as one line, the week first and then the dates that differ', () => {
    const hours = openingHoursSchema.parse({
      periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '14:00' }],
      exceptions: [{ date: '2026-12-24', note: 'Julaften' }],
    });
    expect(hoursInWords(hours)).toBe('mandag–fredag 10:00–14:00, 24. desember (Julaften) Stengt');
    expect(hoursInWords(openingHoursSchema.parse({ allDay: true }))).toBe('mandag–søndag Hele døgnet');
  });
});
