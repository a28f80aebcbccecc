/**
 * The local parts desk's list (src/pages/redaksjon/lokalt/index.astro): replaces the build's text
 * in each slot with the newest saved one from GET /api/moderation/local-parts, and says whether it
 * is published, waiting, or empty.
 */
import { localPartApi } from './local-part-api.ts';
import { say } from './texts.ts';

const root = document.querySelector<HTMLElement>('[data-local-list]');
if (root) void refresh(root);

const date = new Intl.DateTimeFormat(document.documentElement.lang === 'nn' ? 'nn-NO' : 'nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

async function refresh(list: HTMLElement): Promise<void> {
  const message = list.querySelector<HTMLElement>('[data-list-message]');
  const parts = localPartApi(() => undefined);
  if (!message) return;
  if (!parts.signedIn()) {
    message.textContent = say('desk.signInFirst');
    return;
  }
  try {
    const { items } = await parts.list();
    for (const item of items) {
      const row = list.querySelector<HTMLElement>(`[data-local-row="${CSS.escape(`${item.slug}#${item.slot}`)}"]`);
      if (!row || item.version === 0) continue;
      const text = row.querySelector<HTMLElement>('[data-local-text]');
      const state = row.querySelector<HTMLElement>('[data-local-state]');
      if (text) text.textContent = item.text ? `${item.text} (${date.format(new Date(`${item.date}T00:00:00Z`))})` : '–';
      if (state) state.textContent = say(`desk.state.${item.state}`);
    }
  } catch (error) {
    message.textContent = say('desk.loadFailed', { message: (error as Error).message });
    message.classList.add('is-error');
  }
}
