import { paths } from '../core/paths.ts';
import type { SearchLink, SearchOutcome } from '../core/search/search.ts';
import { fill } from '../core/text/fill.ts';
import type { SearchMessages } from './search-messages.ts';

/** The parts of the search page the results are written into (see src/pages/sok.astro). */
export interface SearchView {
  status: HTMLElement;
  didYouMean: HTMLElement;
  results: HTMLOListElement;
  empty: HTMLElement;
  emptyText: HTMLElement;
  closest: HTMLElement;
  closestList: HTMLUListElement;
  ask: HTMLAnchorElement;
}

/** Finds the view's elements by their data markers; throws naming the first one missing. */
export function findView(root: HTMLElement): SearchView {
  const find = <T extends Element>(selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`Søkesiden mangler ${selector}`);
    return element;
  };
  return {
    status: find('[data-search-status]'),
    didYouMean: find('[data-search-did-you-mean]'),
    results: find('[data-search-results]'),
    empty: find('[data-search-empty]'),
    emptyText: find('[data-search-empty-text]'),
    closest: find('[data-search-closest]'),
    closestList: find('[data-search-closest] ul'),
    ask: find('[data-search-ask]'),
  };
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const created = document.createElement(tag);
  created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
};

const link = ({ label, url }: SearchLink) => {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.textContent = label;
  return anchor;
};

/** Writes an outcome into the page: results in rank order, or the no-results help. */
export function renderOutcome(view: SearchView, outcome: SearchOutcome, messages: SearchMessages): void {
  const { query, hits } = outcome;
  view.results.replaceChildren(
    ...hits.map((hit) => {
      const item = element('li', 'search-result');
      const anchor = element('a', 'search-result__link', hit.title);
      anchor.href = hit.url;
      anchor.dataset.searchResult = '';
      item.append(anchor);
      if (hit.summary) item.append(element('p', 'search-result__summary', hit.summary));
      if (hit.area) item.append(element('p', 'search-result__area', `${messages.area}: ${hit.area}`));
      return item;
    }),
  );

  view.didYouMean.replaceChildren();
  view.didYouMean.hidden = outcome.didYouMean.length === 0;
  if (outcome.didYouMean.length > 0) {
    view.didYouMean.append(`${messages.didYouMean}: `);
    outcome.didYouMean.forEach((suggestion, index) => {
      if (index > 0) view.didYouMean.append(` ${messages.or} `);
      view.didYouMean.append(link(suggestion));
    });
    view.didYouMean.append('?');
  }

  const nothing = hits.length === 0;
  view.empty.hidden = !nothing;
  view.emptyText.textContent = nothing ? fill(messages.empty, { query }) : '';
  view.closestList.replaceChildren(...outcome.closest.map((suggestion) => {
    const item = document.createElement('li');
    item.append(link(suggestion));
    return item;
  }));
  view.closest.hidden = outcome.closest.length === 0;
  view.ask.href = paths.suggest({ kind: 'question', text: query });

  view.status.textContent = nothing
    ? fill(messages.empty, { query })
    : fill(hits.length === 1 ? messages.countOne : messages.countMany, { count: hits.length, query });
  // With no hits the heading below says it for the eye; the live region still says it aloud.
  view.status.classList.toggle('visually-hidden', nothing);
}

/** Back to the state of an empty query. */
export function renderCleared(view: SearchView): void {
  view.results.replaceChildren();
  view.didYouMean.replaceChildren();
  view.didYouMean.hidden = true;
  view.empty.hidden = true;
  view.status.textContent = '';
  view.status.classList.remove('visually-hidden');
  view.ask.href = paths.suggest({ kind: 'question' });
}
