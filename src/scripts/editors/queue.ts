/**
 * The queue: a button per status with its count, filters, the newest suggestions first and
 * paging with the API's cursor. Opening one hands its id to the detail view.
 */
import type { Suggestion, SuggestionStatus } from '../../core/suggestions/types.ts';
import { query, type Api } from './api.ts';
import { el, formatDateTime, required } from './dom.ts';
import { showMessage, type Article } from './page.ts';
import { say } from './texts.ts';

const PAGE_SIZE = 20;

type Filters = { kind: string; council: string; topic: string; q: string };

export type Queue = { load(): Promise<void>; refreshCounts(): Promise<void>; show(): void; hide(): void };

export function createQueue(root: HTMLElement, api: Api, articles: Map<string, Article>, open: (id: string) => void): Queue {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[data-status]')];
  const filtersForm = required<HTMLFormElement>(root, '[data-filters]');
  const list = required<HTMLOListElement>(root, '[data-queue-list]');
  const message = required<HTMLElement>(root, '[data-queue-message]');
  const previous = required<HTMLButtonElement>(root, '[data-prev]');
  const next = required<HTMLButtonElement>(root, '[data-next]');

  let status: SuggestionStatus = 'new';
  let filters: Filters = { kind: '', council: '', topic: '', q: '' };
  // Cursors of the pages before this one, so "Forrige side" can go back.
  let cursors: (string | null)[] = [];
  let cursor: string | null = null;
  let nextCursor: string | null = null;

  function summary(suggestion: Suggestion): string {
    const text = suggestion.title ?? suggestion.text;
    return text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text;
  }

  function item(suggestion: Suggestion): HTMLLIElement {
    const source =
      suggestion.source.type === 'council' ? say('source.council', { name: suggestion.source.councilName }) : say('source.citizen');
    const article = suggestion.topic ? (articles.get(suggestion.topic)?.title ?? suggestion.topic) : undefined;
    const meta = [
      say(`kind.${suggestion.kind}`),
      source,
      article && say('queue.topic', { title: article }),
      say('queue.received', { when: formatDateTime(suggestion.createdAt) }),
      suggestion.assignee && say('queue.assignee', { name: suggestion.assignee }),
    ]
      .filter(Boolean)
      .join(' · ');
    const button = el(
      'button',
      { type: 'button', class: 'queue-item', 'data-open': suggestion.id },
      el('span', { class: 'queue-item__title' }, summary(suggestion)),
      el('span', { class: 'queue-item__meta' }, meta),
    );
    button.addEventListener('click', () => open(suggestion.id));
    return el('li', {}, button);
  }

  async function load(): Promise<void> {
    showMessage(message, say('queue.loading'));
    try {
      const page = await api.json<{ items: Suggestion[]; nextCursor: string | null }>(
        'GET',
        `/api/moderation/suggestions${query({ status, ...filters, limit: PAGE_SIZE, cursor })}`,
      );
      list.replaceChildren(...page.items.map(item));
      nextCursor = page.nextCursor;
      next.hidden = !nextCursor;
      previous.hidden = cursors.length === 0;
      const label = say(`status.${status}`);
      showMessage(
        message,
        page.items.length === 0 ? say('queue.none', { status: label }) : say('queue.shown', { count: page.items.length, status: label }),
      );
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  }

  async function refreshCounts(): Promise<void> {
    try {
      const { counts } = await api.json<{ counts: Record<SuggestionStatus, number> }>('GET', '/api/moderation/counts');
      for (const tab of tabs) {
        const count = counts[tab.dataset.status as SuggestionStatus] ?? 0;
        required<HTMLElement>(tab, '[data-count]').textContent = say('queue.count', { count });
      }
    } catch {
      // The tabs still work without their numbers; the queue itself reports the error.
    }
  }

  function restart(): Promise<void> {
    cursors = [];
    cursor = null;
    return load();
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      status = tab.dataset.status as SuggestionStatus;
      for (const other of tabs) other.setAttribute('aria-pressed', String(other === tab));
      void restart();
    });
  }
  filtersForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(filtersForm);
    filters = {
      kind: String(data.get('kind') ?? ''),
      council: String(data.get('council') ?? ''),
      topic: String(data.get('topic') ?? ''),
      q: String(data.get('q') ?? '').trim(),
    };
    void restart();
  });
  next.addEventListener('click', () => {
    cursors.push(cursor);
    cursor = nextCursor;
    void load().then(() => list.querySelector<HTMLButtonElement>('button')?.focus());
  });
  previous.addEventListener('click', () => {
    cursor = cursors.pop() ?? null;
    void load().then(() => list.querySelector<HTMLButtonElement>('button')?.focus());
  });

  return {
    load,
    refreshCounts,
    show: () => {
      root.hidden = false;
    },
    hide: () => {
      root.hidden = true;
    },
  };
}
