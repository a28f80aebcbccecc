/**
 * The built files the results page is made from: the /sok/ page as template and the alias index
 * (/search-index.json) — the very files the browser gets, so both search the same data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchIndexFile } from '../../src/core/search/search-document.ts';
import { createBookSearch, type BookSearch } from '../../src/core/search/search.ts';
import { SEARCH_SITE_FILES } from './site-files.ts';

export interface SearchSite {
  template: string;
  search: BookSearch['search'];
}

const loaded = new Map<string, Promise<SearchSite>>();

async function load(dir: string): Promise<SearchSite> {
  const [template, index] = await Promise.all([
    readFile(join(dir, SEARCH_SITE_FILES.template), 'utf8'),
    readFile(join(dir, SEARCH_SITE_FILES.index), 'utf8'),
  ]);
  const file = JSON.parse(index) as SearchIndexFile;
  return { template, search: createBookSearch(file.documents).search };
}

/** Reads the files once per directory and keeps them; a failed read is tried again next time. */
export function searchSite(dir: string): Promise<SearchSite> {
  let site = loaded.get(dir);
  if (!site) {
    site = load(dir);
    loaded.set(dir, site);
    site.catch(() => loaded.delete(dir));
  }
  return site;
}
