/**
 * The search page: results while the reader types (debounced), the query kept in the URL so the
 * back button and shared links work, and arrow keys between the field and the results.
 * The alias index (/search-index.json) and Pagefind load when the page opens, never elsewhere.
 */
import type { SearchIndexFile } from '../core/search/search-document.ts';
import { createBookSearch, type BookSearch, type PagefindLike } from '../core/search/search.ts';
import type { SearchMessages } from './search-messages.ts';
import { findView, renderCleared, renderOutcome } from './search-render.ts';

const DEBOUNCE_MS = 200;
const INDEX_URL = '/search-index.json';
/** Built by Pagefind after Astro, so it must stay a runtime import that the bundler leaves alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

interface HistoryEntry {
  q: string;
  /** True while the reader is still typing this query: typing updates the entry instead of adding one. */
  draft: boolean;
}

type Pagefind = PagefindLike & { options?: (options: Record<string, unknown>) => Promise<void>; init?: () => Promise<void> };

async function loadPagefind(): Promise<PagefindLike | undefined> {
  try {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options?.({ excerptLength: 30 });
    // Fetch the WebAssembly and index metadata now, while the reader reads the page, not after the first keystroke.
    await pagefind.init?.();
    return pagefind;
  } catch {
    // Without the full-text index (e.g. during `astro dev`) the alias index still answers.
    return undefined;
  }
}

async function loadSearch(): Promise<BookSearch> {
  const [response, pagefind] = await Promise.all([fetch(INDEX_URL), loadPagefind()]);
  if (!response.ok) throw new Error(`${INDEX_URL}: ${response.status}`);
  const file = (await response.json()) as SearchIndexFile;
  return createBookSearch(file.documents, pagefind);
}

const queryInUrl = () => new URL(location.href).searchParams.get('q')?.trim() ?? '';

function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const view = findView(root);
  const messages = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;
  const searcher = loadSearch();
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const remember = (q: string, draft: boolean) => {
    const state = history.state as HistoryEntry | null;
    const url = q ? `${location.pathname}?q=${encodeURIComponent(q)}` : location.pathname;
    if (state?.draft || state?.q === q) history.replaceState({ q, draft } satisfies HistoryEntry, '', url);
    else history.pushState({ q, draft } satisfies HistoryEntry, '', url);
  };

  async function show(raw: string): Promise<void> {
    const query = raw.trim();
    const run = ++latest;
    if (!query) {
      renderCleared(view);
      return;
    }
    try {
      const outcome = await (await searcher).search(query);
      if (run !== latest) return;
      renderOutcome(view, outcome, messages);
    } catch {
      if (run !== latest) return;
      renderCleared(view);
      view.status.textContent = messages.failed;
    }
    root.dataset.searchQuery = query;
    root.dispatchEvent(new CustomEvent('search:rendered', { detail: { query } }));
  }

  input.addEventListener('input', () => {
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
    void show(input.value);
  });

  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    input.value = queryInUrl();
    void show(input.value);
  });

  const resultLinks = () => [...view.results.querySelectorAll<HTMLAnchorElement>('[data-search-result]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultLinks()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  view.results.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    const target = { ArrowDown: links[index + 1], ArrowUp: index === 0 ? input : links[index - 1], Escape: input }[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  const initial = queryInUrl();
  history.replaceState({ q: initial, draft: false } satisfies HistoryEntry, '', location.href);
  input.value = initial;
  if (initial) void show(initial);
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) enhance(root);
