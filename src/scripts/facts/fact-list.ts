/**
 * The facts desk's list (src/pages/redaksjon/fakta/index.astro): replaces the build's dates with
 * the newest saved ones from GET /api/moderation/facts, marks saved versions and orders the list
 * again for today, overdue checks first.
 */
import { orderForReview } from '../../core/facts/usage.ts';
import { el } from '../editors/dom.ts';
import { loadFacts, SignedOutError } from './fact-api.ts';
import { say } from './texts.ts';
import { paths } from '../../core/paths.ts';

const root = document.querySelector<HTMLElement>('[data-fact-list]');
if (root) void refresh(root);

const date = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = (iso: string | null) => (iso ? date.format(new Date(`${iso}T00:00:00Z`)) : undefined);

async function refresh(list: HTMLElement): Promise<void> {
  const rows = list.querySelector<HTMLElement>('[data-fact-rows]');
  const summary = list.querySelector<HTMLElement>('[data-overdue-summary]');
  const message = list.querySelector<HTMLElement>('[data-list-message]');
  if (!rows || !summary || !message) return;
  try {
    const { items } = await loadFacts();
    const today = new Date().toISOString().slice(0, 10);
    const ordered = orderForReview(items, today);
    const overdue = ordered.filter((item) => item.reviewDue === null || item.reviewDue < today).length;
    summary.textContent =
      overdue > 0 ? say('desk.overdueSummary', { count: overdue, total: items.length }) : say('desk.noneOverdue', { total: items.length });
    summary.classList.toggle('is-error', overdue > 0);
    rows.replaceChildren(
      ...ordered.map((item) => {
        const isOverdue = item.reviewDue === null || item.reviewDue < today;
        return el(
          'tr',
          { 'data-fact-row': item.id },
          el('td', {}, el('a', { href: paths.factDesk(item.id) }, item.title)),
          el('td', {}, say(`desk.kind.${item.kind as 'service' | 'county' | 'national'}`)),
          el('td', {}, day(item.lastChecked) ?? say('desk.never')),
          el(
            'td',
            { class: isOverdue ? 'is-overdue' : undefined },
            day(item.reviewDue) ?? say('desk.dueNow'),
            isOverdue ? ` – ${say('desk.overdue')}` : '',
          ),
          el('td', { 'data-version': '' }, item.version > 0 ? String(item.version) : say('desk.seed')),
        );
      }),
    );
  } catch (error) {
    if (error instanceof SignedOutError) {
      message.textContent = say('desk.signInFirst');
      return;
    }
    message.textContent = say('desk.loadFailed', { message: (error as Error).message });
    message.classList.add('is-error');
  }
}
