/**
 * The one script every page loads: reading aids (text size, «Les opp») and the «Legg til i planen»
 * button on articles the plan links to. Kept small on purpose; the planning tools have their own
 * scripts that load only on their pages.
 */
import { initPlanBookmark } from './page-aids/plan-bookmark.ts';
import { initAidsToggle } from './page-aids/aids-toggle.ts';
import { initReadAloud } from './page-aids/read-aloud.ts';
import { initTextSize } from './page-aids/text-size.ts';

const bar = document.querySelector<HTMLElement>('[data-reading-aids]');
if (bar) {
  initTextSize(bar);
  initReadAloud(bar);
  initAidsToggle(bar);
  // For browsers without the CSS `scripting` media feature.
  bar.dataset.ready = '';
}
initPlanBookmark(document);
