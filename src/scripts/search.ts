/**
 * The search page, /sok/ and the server-rendered /api/sok?q=…: results while the reader types
 * (debounced), the query kept in the address so the back button and shared links work, and
 * arrow keys between the field and the results.
 *
 * The first search downloads only the small alias index (/search-index.json). Pagefind's
 * full-text index loads when a query needs it (see createBookSearch), or quietly once the first
 * results are on screen, so later queries don't wait for it. A page the server already answered
 * is not searched again; the index loads when the reader starts typing.
 */
import { paths, SITE_BASE, underBase } from '../core/paths.ts';
import { cleanQuery } from '../core/search/clean-query.ts';
import type { SearchMessages } from '../core/search/search-messages.ts';
import type { SearchIndexFile } from '../core/search/search-document.ts';
import { createBookSearch, type BookSearch, type PagefindLike } from '../core/search/search.ts';
import { findView, renderFailure, renderOutcome, resultLinks } from './search-render.ts';
import { countSearches } from './search-counter.ts';

const DEBOUNCE_MS = 200;
const INDEX_URL = underBase('/search-index.json');
/** Built by Pagefind after Astro, so it must stay a runtime import that the bundler leaves alone. */
const PAGEFIND_URL = underBase('/pagefind/pagefind.js');

interface HistoryEntry {
  q: string;
  /** True while the reader is still typing this query: typing updates the entry instead of adding one. */
  draft: boolean;
}

type Pagefind = PagefindLike & { options?: (options: Record<string, unknown>) => Promise<void>; init?: () => Promise<void> };

/** Without the full-text index (e.g. during `astro dev`) the alias index still answers. */
async function loadPagefind(): Promise<PagefindLike | undefined> {
  try {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Under a kommune's prefix in a book the index holds paths within the kommune's site; results link under its base.
    await pagefind.options?.(SITE_BASE === '/' ? { excerptLength: 30 } : { excerptLength: 30, baseUrl: SITE_BASE });
    // The WebAssembly and index metadata, so the first full-text query does not wait for them.
    await pagefind.init?.();
    return pagefind;
  } catch {
    return undefined;
  }
}

async function loadSearch(): Promise<BookSearch> {
  const response = await fetch(INDEX_URL);
  if (!response.ok) throw new Error(`${INDEX_URL}: ${response.status}`);
  const file = (await response.json()) as SearchIndexFile;
  return createBookSearch(file.documents, loadPagefind);
}

const queryInUrl = () => cleanQuery(new URL(location.href).searchParams.get('q') ?? '');

function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const view = findView(root);
  const messages = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;
  let searcher: Promise<BookSearch> | undefined;
  const search = () => (searcher ??= loadSearch());
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answered = root.dataset.searchQuery;
  const counter = countSearches(view, answered ? { q: answered, results: resultLinks(view).length } : undefined);

  // Every search address is the server-rendered one, so a reload or a shared link shows the results without JavaScript too.
  const remember = (q: string, draft: boolean) => {
    const state = history.state as HistoryEntry | null;
    const url = q ? paths.searchResults(q) : paths.search();
    if (state?.draft || state?.q === q) history.replaceState({ q, draft } satisfies HistoryEntry, '', url);
    else history.pushState({ q, draft } satisfies HistoryEntry, '', url);
  };

  /** Shows the results of `raw`; `submitted` when the reader pressed Enter or the button (counted at once, not after a pause). */
  async function show(raw: string, submitted = false): Promise<void> {
    const query = raw.trim();
    const run = ++latest;
    if (!query) {
      renderOutcome(view, undefined, messages);
    } else {
      try {
        const outcome = await (await search()).search(query);
        if (run !== latest) return;
        renderOutcome(view, outcome, messages);
        if (submitted) counter.submitted(query, outcome.hits.length);
        else counter.shown(query, outcome.hits.length);
      } catch {
        if (run !== latest) return;
        renderFailure(view, messages.failed);
      }
    }
    root.dataset.searchQuery = query;
    root.dispatchEvent(new CustomEvent('search:rendered', { detail: { query } }));
    if (query) void search().then((book) => book.prepareFullText());
  }

  input.addEventListener('input', () => {
    void search();
    clearTimeout(timer);
    timer = setTimeout(() => {
      remember(input.value.trim(), true);
      void show(input.value);
    }, DEBOUNCE_MS);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value.trim(), false);
    void show(input.value, true);
  });

  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    input.value = queryInUrl();
    void show(input.value);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultLinks(view)[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  view.output.addEventListener('keydown', (event) => {
    const links = resultLinks(view);
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    const target = { ArrowDown: links[index + 1], ArrowUp: index === 0 ? input : links[index - 1], Escape: input }[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  const initial = queryInUrl();
  history.replaceState({ q: initial, draft: false } satisfies HistoryEntry, '', location.href);
  if (root.dataset.searchQuery !== undefined || !initial) return;
  // An old /sok/?q=… address: the server-rendered page shows the same results without the page moving under the reader.
  location.replace(paths.searchResults(initial));
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) enhance(root);
