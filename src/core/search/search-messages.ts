import type { MessageKey } from '../text/t.ts';

/**
 * The texts a search results page shows, from the text catalogue. The search page hands them
 * to its script as data (so the browser bundle does not carry the whole catalogue); the
 * server-rendered results page reads them with t() directly.
 */
export const SEARCH_MESSAGE_KEYS = {
  countOne: 'search.countOne',
  countMany: 'search.countMany',
  empty: 'search.empty',
  didYouMean: 'search.didYouMean',
  or: 'search.or',
  area: 'search.area',
  failed: 'search.failed',
  weakHeading: 'search.weakHeading',
  section: 'search.section',
  closest: 'search.closest',
  resultsLabel: 'search.title',
  ask: 'search.ask',
  askText: 'search.askText',
} as const satisfies Record<string, MessageKey>;

export type SearchMessages = Record<keyof typeof SEARCH_MESSAGE_KEYS, string>;

/** The messages looked up with the catalogue's `t`. */
export function searchMessages(t: (key: MessageKey) => string): SearchMessages {
  return Object.fromEntries(Object.entries(SEARCH_MESSAGE_KEYS).map(([name, key]) => [name, t(key)])) as SearchMessages;
}
