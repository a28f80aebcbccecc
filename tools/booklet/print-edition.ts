/**
 * Prints one edition from its print page in Chromium. Page numbers in the table of contents and
 * the cross-references depend on where things land, so it prints, reads the pages back from the
 * PDF's named destinations, fills them in and prints again until no number changes.
 */
import type { Page } from 'playwright-core';
import { destinationPages, openPdf } from './pdf-pages.ts';

export interface PrintedEdition {
  pdf: Uint8Array;
  pages: number;
  /** Page of every id a link points at (articles, letters, parts of the book). */
  pageOf: Map<string, number>;
}

const MAX_PASSES = 3;

const pdfOptions = { format: 'A4', tagged: true, outline: true, printBackground: true, preferCSSPageSize: true } as const;
/** Tags and bookmarks cost half the printing time and move nothing: left out while measuring. */
const measuringOptions = { ...pdfOptions, tagged: false, outline: false } as const;

function fillPageNumbers(pages: Record<string, number>): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-page-of]')) {
    element.textContent = String(pages[element.dataset.pageOf ?? ''] ?? '000');
  }
}

const same = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([key, page]) => b.get(key) === page);

async function pagesOf(pdf: Uint8Array): Promise<{ pageOf: Map<string, number>; pages: number }> {
  const printed = await openPdf(pdf);
  return { pageOf: await destinationPages(printed), pages: printed.numPages };
}

export async function printEdition(page: Page): Promise<PrintedEdition> {
  const hasPageNumbers = (await page.locator('[data-page-of]').count()) > 0;
  let pageOf = hasPageNumbers ? (await pagesOf(await page.pdf(measuringOptions))).pageOf : new Map<string, number>();
  for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
    await page.evaluate(fillPageNumbers, Object.fromEntries(pageOf));
    const pdf = new Uint8Array(await page.pdf(pdfOptions));
    const printed = await pagesOf(pdf);
    if (!hasPageNumbers || same(printed.pageOf, pageOf)) return { pdf, ...printed };
    pageOf = printed.pageOf;
  }
  throw new Error(`Sidetallene i boka ble ikke stabile etter ${MAX_PASSES} utskrifter`);
}
