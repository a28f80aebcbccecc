import { describe, expect, it } from 'vitest';
import { compareNb } from '../../../src/core/collation.ts';
import { ALPHABET, letterOf, letterSlug } from '../../../src/core/letters.ts';
import { asciiSlug } from '../../../src/core/slug.ts';

describe('Norwegian collation', () => {
  it('puts Æ, Ø, Å after Z in that order', () => {
    expect(['Åpen', 'Ære', 'Zebra', 'Øye', 'Alder'].sort(compareNb)).toEqual(['Alder', 'Zebra', 'Ære', 'Øye', 'Åpen']);
  });

  it('ignores case', () => {
    expect(['bolig', 'Alder', 'avlastning'].sort(compareNb)).toEqual(['Alder', 'avlastning', 'bolig']);
  });
});

describe('letters', () => {
  it('has the 29 letters of the Norwegian alphabet', () => {
    expect(ALPHABET).toHaveLength(29);
    expect(ALPHABET.slice(-3)).toEqual(['Æ', 'Ø', 'Å']);
  });

  it('gives readable ASCII URL segments', () => {
    expect(ALPHABET.map(letterSlug).slice(-4)).toEqual(['z', 'ae', 'oe', 'aa']);
  });

  it('files accented initials under their base letter', () => {
    expect(letterOf('éngang')).toBe('E');
    expect(letterOf('øyelege')).toBe('Ø');
  });
});

describe('ASCII slugs', () => {
  it('folds æ, ø and å the way the book’s URLs do', () => {
    expect(asciiSlug('Pårørende')).toBe('parorende');
    expect(asciiSlug('Ernæring og mat')).toBe('ernaering-og-mat');
    expect(asciiSlug('Klage på vedtak!')).toBe('klage-pa-vedtak');
  });
});
