import { describe, expect, it } from 'vitest';
import { lixOf, lixOfMdx, readableText } from '../../../src/core/lix.ts';

describe('LIX', () => {
  it('is words per sentence plus the share of long words', () => {
    // 7 words, 2 sentences, 2 words over six letters: 7/2 + 100*2/7 ≈ 32.1
    expect(lixOf('Du får hjelp hjemme. Kommunen sender hjemmesykepleien.')).toEqual({ words: 7, sentences: 2, longWords: 2, lix: 32.1 });
  });

  it('counts headings, list items and table cells as sentence ends', () => {
    const text = readableText('## Slik gjør du\n\n- Ring kommunen\n- Skriv søknad\n\n| Hva | Pris |\n|---|---|\n| Egenandel | 100 kr |\n');
    expect(lixOf(text).sentences).toBe(7);
  });

  it('leaves out frontmatter, components and link targets', () => {
    const mdx =
      '---\ntitle: Langt ord langt ord\n---\nRing <Local service="tildelingskontor" show="phone" /> eller les [her](https://www.helsenorge.no/sykehjem-og-omsorgsbolig/).';
    expect(readableText(mdx)).toBe('Ring   eller les her.');
    expect(lixOfMdx(mdx).words).toBe(4);
  });
});
