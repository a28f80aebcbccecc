import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/search/tokenize.ts';

describe('tokenize', () => {
  it('splits on spaces and punctuation and keeps the surface in lower case', () => {
    expect(tokenize('Sykehjem (langtidsopphold), pårørende.')).toEqual([
      { surface: 'sykehjem', key: 'sykehjem' },
      { surface: 'langtidsopphold', key: 'langtidsopphold' },
      { surface: 'pårørende', key: 'parorende' },
    ]);
  });

  it('gives the parts of a hyphenated word and the joined form', () => {
    expect(tokenize('TT-kort')).toEqual([
      { surface: 'tt', key: 'tt' },
      { surface: 'kort', key: 'kort' },
      { surface: 'ttkort', key: 'ttkort', joined: true },
    ]);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize(' – ?! ')).toEqual([]);
  });
});
