/** What the booklet build and its tests read back from a PDF: where each linked id landed. */
import { getDocumentProxy } from 'unpdf';

export type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

// A copy: pdf.js takes over the buffer it reads, and refuses a Node Buffer.
export const openPdf = (bytes: Uint8Array): Promise<PdfDocument> => getDocumentProxy(new Uint8Array(bytes));

/** The 1-based page of every named destination (every id a link in the document points at). */
export async function destinationPages(pdf: PdfDocument): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  for (const [name, dest] of Object.entries(await pdf.getDestinations())) {
    const target = (dest as unknown[] | null)?.[0];
    if (target && typeof target === 'object') pages.set(name, (await pdf.getPageIndex(target as { num: number; gen: number })) + 1);
  }
  return pages;
}
