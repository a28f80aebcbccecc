import { describe, expect, it } from 'vitest';
import { formatReference, parseReference, referenceYear, REFERENCE_PATTERN } from '../../../src/core/suggestions/reference.ts';

describe('suggestion references', () => {
  it('are F, the year and at least four digits', () => {
    expect(formatReference(2026, 42)).toBe('F-2026-0042');
    expect(formatReference(2026, 12345)).toBe('F-2026-12345');
    expect(formatReference(2026, 42)).toMatch(REFERENCE_PATTERN);
  });

  it('belong to the year in Norway, also on New Year’s Eve after 23:00 UTC', () => {
    expect(referenceYear(new Date('2026-12-31T22:59:00Z'))).toBe(2026);
    expect(referenceYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
  });

  it.each([
    ['F-2026-0042', 'F-2026-0042'],
    ['f-2026-0042', 'F-2026-0042'],
    [' F 2026 42 ', 'F-2026-0042'],
    ['F2026-0042', 'F-2026-0042'],
    ['F–2026–0042', 'F-2026-0042'],
  ])('are read back as typed: %s', (typed, reference) => {
    expect(parseReference(typed)).toBe(reference);
  });

  it.each(['', 'F-2026-0000', 'G-2026-0042', 'F-26-0042', 'F-2026-00x2', '<script>'])('refuse what cannot be one: %s', (typed) => {
    expect(parseReference(typed)).toBeUndefined();
  });
});
