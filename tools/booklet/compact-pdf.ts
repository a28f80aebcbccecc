import { PDFDocument } from 'pdf-lib';

/** Chromium writes every tag as an object of its own; packed into object streams the file is half the size. */
export async function compactPdf(pdf: Uint8Array): Promise<Uint8Array> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).save();
}
