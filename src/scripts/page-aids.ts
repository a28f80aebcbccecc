/**
 * The one script every page loads, kept small: the reading aids (text size, the phone's «Lesehjelp»
 * button, whether to offer «Les opp»). What only some pages or some readers use comes when it is
 * needed: the «Les opp» reader at the first press, the page-feedback box's script when the reader
 * reaches for it (both `?lazy`, tools/build/lazy-scripts.ts). «Legg til i planen» brings its own
 * script on the articles the plan links to (src/components/plan-add.astro), and the planning tools
 * have theirs on their own pages.
 */
import { initAidsToggle } from './page-aids/aids-toggle.ts';
import { enhanceFeedbackOnUse } from './page-aids/feedback-on-use.ts';
import { offerReadAloud } from './page-aids/read-aloud-offer.ts';
import { initTextSize } from './page-aids/text-size.ts';

const bar = document.querySelector<HTMLElement>('[data-reading-aids]');
if (bar) {
  initTextSize(bar);
  offerReadAloud(bar);
  initAidsToggle(bar);
  // For browsers without the CSS `scripting` media feature.
  bar.dataset.ready = '';
}
enhanceFeedbackOnUse(document);
