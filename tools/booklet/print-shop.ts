/**
 * The print-shop edition: the same pages with 3 mm bleed and crop marks. The page grows around
 * the trim box; thumb tabs are extended into the bleed so they run off the trimmed page.
 */
import { beginMarkedContent, endMarkedContent, PDFDocument, rgb } from 'pdf-lib';
import type { TabPlacement } from '../../src/core/booklet/tabs.ts';

const PT_PER_MM = 72 / 25.4;
const BLEED = 3 * PT_PER_MM;
/** Room outside the bleed for the crop marks. */
const SLUG = 12 * PT_PER_MM;
const MARK_GAP = 2 * PT_PER_MM;
const TAB_COLOUR = rgb(0x0b / 255, 0x3b / 255, 0x60 / 255);

/** `tabOfPage(n)` is the tab printed on page n (1-based), if any. */
export async function withBleedAndCropMarks(pdf: Uint8Array, tabOfPage: (page: number) => TabPlacement | undefined): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.getPages().forEach((page, index) => {
    const { width, height } = page.getSize();
    const outer = BLEED + SLUG;
    page.setMediaBox(-outer, -outer, width + 2 * outer, height + 2 * outer);
    page.setBleedBox(-BLEED, -BLEED, width + 2 * BLEED, height + 2 * BLEED);
    page.setTrimBox(0, 0, width, height);
    // Marks and bleed are not content: tagged as artifacts so screen readers skip them.
    page.pushOperators(beginMarkedContent('Artifact'));
    const tab = tabOfPage(index + 1);
    if (tab) {
      const right = (index + 1) % 2 === 1;
      const top = height - tab.topMm * PT_PER_MM;
      const tabHeight = tab.heightMm * PT_PER_MM;
      page.drawRectangle({ x: right ? width : -BLEED, y: top - tabHeight, width: BLEED, height: tabHeight, color: TAB_COLOUR });
    }
    const mark = { thickness: 0.25, color: rgb(0, 0, 0) };
    const near = BLEED + MARK_GAP;
    for (const x of [0, width]) {
      page.drawLine({ start: { x, y: -outer }, end: { x, y: -near }, ...mark });
      page.drawLine({ start: { x, y: height + near }, end: { x, y: height + outer }, ...mark });
    }
    for (const y of [0, height]) {
      page.drawLine({ start: { x: -outer, y }, end: { x: -near, y }, ...mark });
      page.drawLine({ start: { x: width + near, y }, end: { x: width + outer, y }, ...mark });
    }
    page.pushOperators(endMarkedContent());
  });
  return document.save();
}
