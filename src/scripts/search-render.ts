import { outputHtml, statusOf } from '../core/search/render-output.ts';
import type { SearchMessages } from '../core/search/search-messages.ts';
import type { SearchOutcome } from '../core/search/search.ts';

/** The parts of the search page the results are written into (see src/pages/sok.astro). */
export interface SearchView {
  /** The live region; only its text changes, so screen readers announce each new count. */
  status: HTMLElement;
  output: HTMLElement;
}

/** Finds the view's elements by their data markers; throws naming the first one missing. */
export function findView(root: HTMLElement): SearchView {
  const find = (selector: string): HTMLElement => {
    const element = root.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`Søkesiden mangler ${selector}`);
    return element;
  };
  return { status: find('[data-search-status]'), output: find('[data-search-output]') };
}

/** Writes an outcome into the page with the renderer the server uses, or the empty page for `undefined`. */
export function renderOutcome(view: SearchView, outcome: SearchOutcome | undefined, messages: SearchMessages): void {
  // The HTML comes from render-output.ts, which escapes every text from the index and the query.
  view.output.innerHTML = outputHtml(outcome, messages, new Date());
  const status = statusOf(outcome, messages);
  view.status.textContent = status.text;
  view.status.classList.toggle('visually-hidden', status.onlyForScreenReaders);
}

/** The live region says what went wrong; the rest of the page stays as it was. */
export function renderFailure(view: SearchView, message: string): void {
  view.status.textContent = message;
  view.status.classList.remove('visually-hidden');
}

/** The links the arrow keys move between. */
export const resultLinks = (view: SearchView): HTMLAnchorElement[] => [
  ...view.output.querySelectorAll<HTMLAnchorElement>('[data-search-result]'),
];
