/** Page feedback: Ja/Nei per page, most "Nei" first, and one page's comments newest first. */
import type { FeedbackEntry, PageFeedbackSummary } from '../../core/suggestions/types.ts';
import { query, type Api } from './api.ts';
import { el, formatDateTime, required } from './dom.ts';
import { showMessage, type Article } from './page.ts';
import { say } from './texts.ts';

const PAGE_SIZE = 20;

export type Feedback = { load(): Promise<void> };

export function createFeedback(root: HTMLElement, api: Api, articles: Map<string, Article>): Feedback {
  const list = required<HTMLTableSectionElement>(root, '[data-feedback-list]');
  const message = required<HTMLElement>(root, '[data-feedback-message]');
  const comments = required<HTMLElement>(root, '[data-feedback-comments]');
  const commentsTitle = required<HTMLElement>(root, '[data-feedback-comments-title]');
  const commentsList = required<HTMLOListElement>(root, '[data-feedback-comments-list]');
  const more = required<HTMLButtonElement>(root, '[data-feedback-more]');
  let page = '';
  let cursor: string | null = null;

  const titleOf = (path: string) => articles.get(path.replace(/^\/|\/$/g, ''))?.title ?? path;

  async function showComments(path: string, append: boolean): Promise<void> {
    try {
      const result = await api.json<{ yes: number; no: number; items: FeedbackEntry[]; nextCursor: string | null }>(
        'GET',
        `/api/moderation/feedback/page${query({ page: path, limit: PAGE_SIZE, cursor: append ? cursor : null })}`,
      );
      page = path;
      cursor = result.nextCursor;
      commentsTitle.textContent = say('feedback.title', { page: titleOf(path), yes: result.yes, no: result.no });
      const items = result.items.map(entryItem);
      if (append) commentsList.append(...items);
      else commentsList.replaceChildren(...items);
      more.hidden = !cursor;
      comments.hidden = false;
      if (!append) comments.focus();
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  }

  function entryItem(entry: FeedbackEntry): HTMLLIElement {
    const item = el(
      'li',
      { 'data-feedback-entry': entry.id },
      el('strong', {}, `${formatDateTime(entry.createdAt)} – ${say(entry.useful ? 'feedback.yes' : 'feedback.no')}`),
      entry.comment ? el('span', { class: 'history__note' }, entry.comment) : say('feedback.noComment'),
    );
    if (!entry.comment) return item;
    const handled = entry.handledBy !== undefined;
    const toggle = el(
      'button',
      { type: 'button', class: 'button--secondary' },
      say(handled ? 'feedback.unmarkHandled' : 'feedback.markHandled'),
    );
    const status = el(
      'span',
      { role: 'status' },
      handled ? say('feedback.handled', { name: entry.handledBy!, when: formatDateTime(entry.handledAt!) }) : say('feedback.open'),
    );
    toggle.addEventListener('click', async () => {
      try {
        const changed = await api.json<FeedbackEntry>('PATCH', '/api/moderation/feedback/entry', {
          page: entry.page,
          createdAt: entry.createdAt,
          id: entry.id,
          handled: !handled,
        });
        const fresh = entryItem(changed);
        item.replaceWith(fresh);
        fresh.querySelector('button')?.focus();
      } catch (error) {
        showMessage(status, (error as Error).message, true);
      }
    });
    item.append(' ', status, ' ', toggle);
    return item;
  }

  function row(summary: PageFeedbackSummary): HTMLTableRowElement {
    const show = el(
      'button',
      { type: 'button', class: 'button--secondary' },
      say('feedback.show'),
      el('span', { class: 'visually-hidden' }, say('feedback.showFor', { page: titleOf(summary.page) })),
    );
    show.addEventListener('click', () => void showComments(summary.page, false));
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, el('a', { href: summary.page }, titleOf(summary.page))),
      el('td', {}, String(summary.yes)),
      el('td', {}, String(summary.no)),
      el('td', {}, `${summary.comments} `, show),
    );
  }

  async function load(): Promise<void> {
    try {
      const { items } = await api.json<{ items: PageFeedbackSummary[] }>('GET', '/api/moderation/feedback');
      list.replaceChildren(...items.map(row));
      showMessage(message, items.length === 0 ? say('feedback.none') : '');
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  }

  more.addEventListener('click', () => void showComments(page, true));
  return { load };
}
