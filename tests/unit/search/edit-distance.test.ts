import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance, isSlip } from '../../../src/core/search/edit-distance.ts';

describe('editDistance counts the typos between two words', () => {
  it.each([
    ['sykehjem', 'sykehjem', 0],
    ['sykhjem', 'sykehjem', 1],
    ['syekhjem', 'sykehjem', 1],
    ['falt', 'fall', 1],
    ['demnes', 'demens', 1],
    ['hjemmesykeplei', 'hjemmesykepleie', 1],
    ['alderpensjn', 'alderspensjon', 2],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops at the limit and reports limit + 1', () => {
    expect(editDistance('tannhelse', 'trygghetsalarm', 2)).toBe(3);
  });

  it('is symmetric and never exceeds the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b);
        expect(editDistance(b, a)).toBe(distance);
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('allows no typo in short words, one up to seven letters and two from eight', () => {
    expect([3, 4, 7, 8].map(allowedTypos)).toEqual([0, 1, 1, 2]);
  });
});

describe('isSlip tells a slip of the hand from another word', () => {
  it.each([
    ['demnes', 'demens'],
    ['tanhelse', 'tannhelse'],
    ['sykkehjem', 'sykehjem'],
  ])('%s is a slip for %s', (typed, meant) => {
    expect(isSlip(typed, meant)).toBe(true);
  });

  it.each([
    ['siden', 'tiden'],
    ['masse', 'passe'],
    ['fant', 'falt'],
    ['reist', 'reise'],
    ['vinter', 'venter'],
  ])('%s is a word of its own, not a slip for %s', (typed, meant) => {
    expect(isSlip(typed, meant)).toBe(false);
  });
});
