/**
 * One text under review on /rad/, drawn by core/councils/review-page-html.ts: loaded only when a
 * council opens a text (council-reviews.ts), since the Markdown parser and the diff are large.
 */
import type { ReaderFacts } from '../core/articles/article-html.ts';
import type { CouncilReviewTexts } from '../core/councils/page-texts.ts';
import { reviewPageHtml, type Opened } from '../core/councils/review-page-html.ts';

export type { Opened } from '../core/councils/review-page-html.ts';

/** Draws the text into `page`; returns the line that explains the marks. */
export function drawReviewPage(page: HTMLElement, opened: Opened, texts: CouncilReviewTexts, facts: ReaderFacts): string {
  const { html, intro } = reviewPageHtml(opened, texts, facts);
  // The HTML comes from review-page-html.ts, which escapes every text of the source.
  page.innerHTML = html;
  return intro;
}
