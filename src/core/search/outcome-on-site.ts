/**
 * Search results found by the API for a kommune of a book, put on that kommune's site. The function
 * that searches serves every kommune of the book and builds its addresses as a kommune on its own
 * does (`/sykehjem/`, `/api/sok?q=…`); the page drawing the results is built for one kommune, so it
 * moves each address under that kommune's base and gives a new search the kommune's own address.
 * For a kommune on its own nothing changes.
 */
import { paths, underBase } from '../paths.ts';
import type { SearchLink, SearchOutcome } from './search.ts';

/** The results page's own path, without the query a kommune's address adds. */
const RESULTS_PATH = new URL(paths.searchResults(), 'http://site.invalid').pathname;

function onSite(url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const address = new URL(url, 'http://site.invalid');
  if (address.pathname === RESULTS_PATH) return paths.searchResults(address.searchParams.get('q') ?? undefined);
  return address.pathname.startsWith('/api/') ? url : underBase(url);
}

const linkOnSite = (link: SearchLink): SearchLink => ({ ...link, url: onSite(link.url) });

export function outcomeOnSite(outcome: SearchOutcome): SearchOutcome {
  return {
    ...outcome,
    hits: outcome.hits.map((hit) => ({ ...hit, url: onSite(hit.url), ...(hit.section ? { section: linkOnSite(hit.section) } : {}) })),
    didYouMean: outcome.didYouMean.map(linkOnSite),
    closest: outcome.closest.map(linkOnSite),
  };
}
