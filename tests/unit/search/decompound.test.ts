import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../src/core/search/decompound.ts';

const knows = (words: string[]) => (part: string) => words.includes(part);

describe('splitCompound', () => {
  it('splits at a linking -s-', () => {
    expect(splitCompound('sykehjemsplass', knows(['sykehjem', 'plass']))).toEqual(['sykehjem', 'plass']);
  });

  it('splits at a linking -e-', () => {
    expect(splitCompound('barnehage', knows(['barn', 'hage']))).toEqual(['barn', 'hage']);
  });

  it('keeps the known part when the other is unknown', () => {
    expect(splitCompound('tannlegetime', knows(['tannlege']))).toEqual(['tannlege']);
  });

  it('splits three-part compounds', () => {
    expect(splitCompound('sykehjemsplassleie', knows(['sykehjem', 'plass']))).toEqual(['sykehjem', 'plass']);
    expect(splitCompound('hjemmesykepleietime', knows(['hjemme', 'sykepleie', 'time']))).toEqual(['hjemme', 'sykepleie', 'time']);
  });

  it('returns nothing when no part is known', () => {
    expect(splitCompound('blåbærsyltetøy', knows(['sykehjem']))).toEqual([]);
  });
});

describe('splitCompound refuses weak splits', () => {
  it('needs the known parts to cover more than half of the word', () => {
    expect(splitCompound('sliten', knows(['ten']))).toEqual([]);
    expect(splitCompound('plasseringsregler', knows(['plass']))).toEqual([]);
  });
});
