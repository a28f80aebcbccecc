/**
 * The server-rendered search results page: the built /sok/ page with the query in the field, the
 * live region and the results filled in by the same renderer the search script uses.
 */
import { escapeHtml, outputHtml, statusHtml } from '../../src/core/search/render-output.ts';
import type { SearchMessages } from '../../src/core/search/search-messages.ts';
import type { SearchOutcome } from '../../src/core/search/search.ts';

/** A built search page that lacks one of the places the results go into. */
export class SearchTemplateError extends Error {
  override name = 'SearchTemplateError';
}

export interface SearchPageTexts {
  messages: SearchMessages;
  /** The browser tab's title for a query. */
  documentTitle: (query: string) => string;
}

/** Replaces the one occurrence of `marker`; a template without it was not built from src/pages/sok.astro. */
function replaceOnce(html: string, marker: string, replacement: string): string {
  const at = html.indexOf(marker);
  if (at < 0) throw new SearchTemplateError(`Søkesiden mangler ${marker.slice(0, 60)}`);
  return html.slice(0, at) + replacement + html.slice(at + marker.length);
}

/**
 * Where a browser without JavaScript pings when the reader opens a result (`<a ping>`), so the insight
 * knows the search found something; the search script takes the pings off and counts openings itself.
 */
export const openedPing = (query: string): string => `/api/insight/search?q=${encodeURIComponent(query)}`;

/** The results page for one search; `now` is the instant results say «Åpent nå» or «Stengt nå» for. */
export function renderSearchPage(template: string, outcome: SearchOutcome, texts: SearchPageTexts, now: Date = new Date()): string {
  const query = escapeHtml(outcome.query);
  let html = template;
  html = replaceOnce(html, '<title>', `<title>${escapeHtml(texts.documentTitle(outcome.query))} – `);
  html = replaceOnce(html, '<input id="search-page-field"', `<input id="search-page-field" value="${query}"`);
  // Tells the script the results are already on the page, so it does not search again on load.
  html = replaceOnce(html, '<div class="search-page" data-search ', `<div class="search-page" data-search data-search-query="${query}" `);
  html = replaceOnce(html, statusHtml(undefined, texts.messages), statusHtml(outcome, texts.messages));
  html = replaceOnce(
    html,
    outputHtml(undefined, texts.messages),
    outputHtml(outcome, texts.messages, now, { ping: openedPing(outcome.query) }),
  );
  return html;
}
