import texts from '../text/nb/search.json' with { type: 'json' };
import { lookup } from '../text/lookup.ts';

const searchText = lookup(texts);

/** The browser tab's title of a results page: «Søk etter «…»». */
export const resultsDocumentTitle = (query: string): string => searchText('documentTitle', { query });

/** The texts a search results page shows, by what they are for → key in the search namespace. */
const SEARCH_MESSAGE_KEYS = {
  countOne: 'countOne',
  countMany: 'countMany',
  empty: 'empty',
  didYouMean: 'didYouMean',
  or: 'or',
  area: 'area',
  failed: 'failed',
  weakHeading: 'weakHeading',
  section: 'section',
  closest: 'closest',
  resultsLabel: 'title',
  ask: 'ask',
  askText: 'askText',
} as const satisfies Record<string, keyof typeof texts>;

export type SearchMessages = Record<keyof typeof SEARCH_MESSAGE_KEYS, string>;

/**
 * The messages with their `{placeholders}` left in. The search page hands them to its script as
 * data (so the browser bundle does not carry the catalogue); the server-rendered results page
 * uses them directly.
 */
export function searchMessages(): SearchMessages {
  return Object.fromEntries(Object.entries(SEARCH_MESSAGE_KEYS).map(([name, key]) => [name, texts[key]])) as SearchMessages;
}
