import { describe, expect, it } from 'vitest';
import { letterOfPage } from '../../../src/core/booklet/page-refs.ts';
import { PAGE_MM, tabPlacements, tabStyles } from '../../../src/core/booklet/tabs.ts';

describe('thumb tabs', () => {
  const tabs = tabPlacements(['A', 'B', 'D', 'Ø']);

  it('step down the edge from A to Å without overlapping, filling the room between the margins', () => {
    expect(tabs[0]?.topMm).toBe(PAGE_MM.top);
    for (const [index, tab] of tabs.entries()) {
      const next = tabs[index + 1];
      if (next) expect(next.topMm).toBeCloseTo(tab.topMm + tab.heightMm);
    }
    const last = tabs.at(-1);
    expect((last?.topMm ?? 0) + (last?.heightMm ?? 0)).toBeCloseTo(PAGE_MM.height - PAGE_MM.bottom);
  });

  it('are printed on the outer edge: right on odd pages, left on even pages', () => {
    const css = tabStyles(['A', 'Ø'], 'Alderdommens ABC');
    expect(css).toContain('@page letter-a:right { @top-right { content: "A"');
    expect(css).toMatch(/@page letter-a:right \{.*@right-top \{ content: "A"/);
    expect(css).toMatch(/@page letter-oe:left \{.*@left-top \{ content: "Ø"/);
    expect(css).toContain('[data-letter-page="letter-oe"] { page: letter-oe; }');
  });

  it('follow the letter a page belongs to, and stop at the back matter', () => {
    const pageOf = new Map([
      ['bokstav-a', 7],
      ['bokstav-b', 16],
      ['livsomrader', 30],
    ]);
    const letterOn = letterOfPage(pageOf, [
      { letter: 'A', slug: 'a' },
      { letter: 'B', slug: 'b' },
    ]);
    expect([6, 7, 15, 16, 29, 30].map(letterOn)).toEqual([undefined, 'A', 'A', 'B', 'B', undefined]);
  });
});
