import { letterSlug, type Letter } from '../letters.ts';

/**
 * Page geometry of the printed book in millimetres. The side margin boxes, where the thumb tabs
 * sit, run between the top and bottom margins; the tab fills the outer part of the outer margin.
 */
export const PAGE_MM = { width: 210, height: 297, top: 22, bottom: 22, inner: 20, outer: 30, tabWidth: 15 } as const;

export interface TabPlacement {
  letter: Letter;
  /** Position in the A–Å row of tabs, 0 at the top. */
  step: number;
  /** Distance from the top edge of the page to the tab's top edge. */
  topMm: number;
  heightMm: number;
}

/** Tabs step down the outer edge from A to Å, sharing the edge between the letters the book has. */
export function tabPlacements(letters: readonly Letter[]): TabPlacement[] {
  const heightMm = (PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom) / Math.max(letters.length, 1);
  return letters.map((letter, step) => ({ letter, step, topMm: PAGE_MM.top + step * heightMm, heightMm }));
}

/** Name of the CSS named page the articles under a letter are printed on. */
export const letterPageName = (letter: Letter): string => `letter-${letterSlug(letter)}`;

const TAB_COLOUR = '#0b3b60';
const mm = (value: number) => `${value.toFixed(2)}mm`;

const MARGIN_FONT = 'font: 12pt/1.2 sans-serif; color: #000;';

function tabBox(side: 'left' | 'right', tab: TabPlacement): string {
  const start = mm(tab.topMm - PAGE_MM.top);
  const end = mm(tab.topMm - PAGE_MM.top + tab.heightMm);
  const gap = mm(PAGE_MM.outer - PAGE_MM.tabWidth);
  // The letter is about 6 mm high in 16 pt; centre it in the tab.
  const padding = mm(Math.max((tab.heightMm - 6) / 2, 0.5));
  return (
    `@${side}-top { content: "${tab.letter}"; box-sizing: border-box; height: ${end}; vertical-align: bottom; text-align: center; ` +
    `margin-${side === 'right' ? 'left' : 'right'}: ${gap}; padding-bottom: ${padding}; ` +
    `background: linear-gradient(to bottom, transparent ${start}, ${TAB_COLOUR} ${start}); color: #fff; font: bold 16pt/1 sans-serif; }`
  );
}

/**
 * One named page per letter: the running head shows the book's name on the inner top corner and
 * the letter on the outer, and the thumb tab with the letter sits at the letter's step on the
 * outer edge (right on odd pages, left on even).
 */
export function tabStyles(letters: readonly Letter[], bookName: string): string {
  return tabPlacements(letters)
    .map((tab) => {
      const name = letterPageName(tab.letter);
      const head = (outer: 'left' | 'right') => {
        const inner = outer === 'right' ? 'left' : 'right';
        return `@top-${outer} { content: "${tab.letter}"; font: bold 16pt/1.2 sans-serif; } @top-${inner} { content: "${bookName}"; ${MARGIN_FONT} }`;
      };
      return [
        `[data-letter-page="${name}"] { page: ${name}; }`,
        `@page ${name}:right { ${head('right')} ${tabBox('right', tab)} }`,
        `@page ${name}:left { ${head('left')} ${tabBox('left', tab)} }`,
      ].join('\n');
    })
    .join('\n');
}
