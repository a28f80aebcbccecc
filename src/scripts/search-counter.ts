/**
 * Tells the insight what readers search for, as counts only (issue 27): after the reader stops
 * typing for a moment, or submits, one beacon `{ q, results }`; when she opens a result of that
 * search, a second beacon with the same `q` and `opened: true`. Nothing else is sent – no cookie,
 * no identifier, nothing kept in the browser – and a search the server answered (and counted) is
 * not counted again. The server's own pages ask the browser to ping when a result is opened
 * (`<a ping>`, for readers without JavaScript); here the script counts, so those pings come off.
 */
import type { SearchView } from './search-render.ts';
import { paths } from '../core/paths.ts';

/** How long the reader must stop typing before what she sees counts as a search. */
const TYPING_PAUSE_MS = 1500;

type Search = { q: string; results: number; opened: boolean };

function send(body: { q: string; results: number; opened?: true }): void {
  // sendBeacon survives the page being left for the result, which is when the opening is sent.
  navigator.sendBeacon?.(paths.searchBeacon, new Blob([JSON.stringify(body)], { type: 'application/json' }));
}

export type SearchCounter = {
  /** A search was shown while typing: counted once the reader pauses (or leaves, or opens a result). */
  shown(q: string, results: number): void;
  /** The reader submitted: counted now. */
  submitted(q: string, results: number): void;
};

/** `answered`: the search the server already answered and counted on this page, if any. */
export function countSearches(view: SearchView, answered?: { q: string; results: number }): SearchCounter {
  let counted: Search | undefined = answered ? { ...answered, opened: false } : undefined;
  let waiting: { q: string; results: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  for (const link of view.output.querySelectorAll('a[ping]')) link.removeAttribute('ping');

  function count(search: { q: string; results: number }): void {
    clearTimeout(timer);
    waiting = undefined;
    // The same question shown again (Back, a second Enter) is the same search.
    if (!search.q || search.q === counted?.q) return;
    counted = { ...search, opened: false };
    send(search);
  }

  const flush = () => {
    if (waiting) count(waiting);
  };

  function opened(event: MouseEvent): void {
    if (!(event.target instanceof Element) || !event.target.closest('.search-result a')) return;
    flush();
    if (!counted || counted.opened) return;
    counted.opened = true;
    send({ q: counted.q, results: counted.results, opened: true });
  }

  view.output.addEventListener('click', opened);
  // A middle click opens the result in a new tab without a click event.
  view.output.addEventListener('auxclick', opened);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  return {
    shown(q, results) {
      clearTimeout(timer);
      waiting = { q, results };
      timer = setTimeout(flush, TYPING_PAUSE_MS);
    },
    submitted(q, results) {
      count({ q, results });
    },
  };
}
