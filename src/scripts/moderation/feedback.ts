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
        'GET', `/api/moderation/feedback/page${query({ page: path, limit: PAGE_SIZE, cursor: append ? cursor : null })}`);
      page = path;
      cursor = result.nextCursor;
      commentsTitle.textContent = say('feedback.title', { page: titleOf(path), yes: result.yes, no: result.no });
      const items = result.items.map((entry) => el('li', {},
        el('strong', {}, `${formatDateTime(entry.createdAt)} – ${say(entry.useful ? 'feedback.yes' : 'feedback.no')}`),
        entry.comment ? el('span', { class: 'history__note' }, entry.comment) : say('feedback.noComment')));
      if (append) commentsList.append(...items);
      else commentsList.replaceChildren(...items);
      more.hidden = !cursor;
      comments.hidden = false;
      if (!append) comments.focus();
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  }

  function row(summary: PageFeedbackSummary): HTMLTableRowElement {
    const show = el('button', { type: 'button', class: 'button--secondary' }, say('feedback.show'), el('span', { class: 'visually-hidden' }, say('feedback.showFor', { page: titleOf(summary.page) })));
    show.addEventListener('click', () => void showComments(summary.page, false));
    return el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: summary.page }, titleOf(summary.page))),
      el('td', {}, String(summary.yes)),
      el('td', {}, String(summary.no)),
      el('td', {}, `${summary.comments} `, show));
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
