import { describe, expect, it } from 'vitest';
import { keyTerms, proseOf } from '../../../src/core/search/key-terms.ts';

describe('proseOf', () => {
  it('keeps the words of an MDX body and drops code, components and link targets', () => {
    const prose = proseOf(
      'import Local from "x";\n\n## Slik søker du\n\nRing <Local service="tildelingskontor" />. Les [mer](https://nav.no/pensjon).',
    );
    expect(prose.split(/\s+/).filter(Boolean)).toEqual(['Slik', 'søker', 'du', 'Ring', '.', 'Les', 'mer', '.']);
  });
});

describe('keyTerms', () => {
  const sources = [
    { body: 'Tannlegen sjekker tennene. Tannlegen kan hjelpe. Hjelp fra kommunen.', known: ['Tannhelse'] },
    { body: 'Hjemmesykepleien kommer hjem. Hjelp fra kommunen. Hjemmesykepleien hjelper.', known: ['Hjemmesykepleie'] },
  ];

  it('picks the words an article uses more than the rest of the book', () => {
    const [teeth, nursing] = keyTerms(sources, 1);
    expect(teeth).toEqual(['tannlegen']);
    expect(nursing).toEqual(['hjelp']);
  });

  it('leaves out words the title or aliases already give', () => {
    expect(keyTerms(sources)[1]).not.toContain('hjemmesykepleien');
  });
});
