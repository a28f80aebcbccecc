/**
 * The built files the results page is made from: the /sok/ page as template and the alias index
 * (/search-index.json) — the very files the browser gets, so both search the same data.
 */
import type { SearchIndexFile } from '../../src/core/search/search-document.ts';
import { createBookSearch, type BookSearch } from '../../src/core/search/search.ts';
import { fromSite } from '../shared/built-site.ts';
import { SEARCH_SITE_FILES } from './site-files.ts';

export interface SearchSite {
  template: string;
  search: BookSearch['search'];
}

/** The template and the search over the index, made once per process and folder. */
export function searchSite(dir: string): Promise<SearchSite> {
  return fromSite(dir, 'search', async (read) => {
    const [template, index] = await Promise.all([read(SEARCH_SITE_FILES.template), read(SEARCH_SITE_FILES.index)]);
    const file = JSON.parse(index) as SearchIndexFile;
    return { template, search: createBookSearch(file.documents).search };
  });
}
