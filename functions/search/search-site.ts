/**
 * The search the results page runs: over the alias index (/search-index.json), the very file the
 * browser gets, so both search the same data.
 */
import type { SearchIndexFile } from '../../src/core/search/search-document.ts';
import { createBookSearch, type BookSearch } from '../../src/core/search/search.ts';
import { fromSite } from '../shared/built-site.ts';
import { SEARCH_SITE_FILES } from './site-files.ts';

/** The search over the index, made once per process and folder. */
export function searchSite(dir: string): Promise<BookSearch['search']> {
  return fromSite(dir, 'search', async (read) => {
    const file = JSON.parse(await read(SEARCH_SITE_FILES.index)) as SearchIndexFile;
    return createBookSearch(file.documents).search;
  });
}
