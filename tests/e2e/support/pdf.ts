import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';

/** Prints the page to A4 as Chromium's print dialog would and returns the text of each printed page. */
export async function printedPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', tagged: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text;
}

/** White space collapsed, so a label broken over two lines still matches. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');
