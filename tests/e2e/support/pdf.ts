import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { destinationPages, openPdf, type PdfDocument } from '../../../tools/booklet/pdf-pages.ts';
import { BOOKLET_DIR, BOOKLET_MANIFEST, type BookletManifest } from '../../../src/core/booklet/edition.ts';

/** Prints the page to A4 as Chromium's print dialog would and returns the text of each printed page. */
export async function printedPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', tagged: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text;
}

/** White space collapsed, so a label broken over two lines still matches. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

export interface PositionedText {
  text: string;
  /** From the page's left edge, in points. */
  x: number;
  /** From the page's bottom edge, in points. */
  y: number;
}

export interface ReadPdf {
  bytes: Uint8Array;
  document: PdfDocument;
  /** Text items per page (index 0 is page 1), with their positions. */
  pages: PositionedText[][];
  /** Page of every id a link in the book points at. */
  pageOf: Map<string, number>;
}

export const manifestOf = (distDir: string): BookletManifest =>
  JSON.parse(readFileSync(join(distDir, BOOKLET_DIR, BOOKLET_MANIFEST), 'utf8'));

/** Reads a built PDF once, with every page's text and where it stands. */
export async function readPdf(path: string): Promise<ReadPdf> {
  const bytes = new Uint8Array(readFileSync(path));
  const document = await openPdf(bytes);
  const pages: PositionedText[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [],
      ),
    );
  }
  return { bytes, document, pages, pageOf: await destinationPages(document) };
}

/** A page's text as one line, the way a reader would read it aloud. */
export const pageText = (pdf: ReadPdf, page: number): string =>
  (pdf.pages[page - 1] ?? [])
    .map((item) => item.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.)])/g, '$1');
