/** «E-post som ikke ble sendt»: GET /api/moderation/mail?state=failed, newest first. */
import type { OutboxMail } from '../../core/suggestions/outbox-mail.ts';
import { ApiError, type Api } from './api.ts';
import { el, formatDateTime, required } from './dom.ts';
import { showMessage } from './page.ts';
import { say } from './texts.ts';

export function createMailList(root: HTMLElement, api: Api): { load(): Promise<void> } {
  const list = required<HTMLUListElement>(root, '[data-mail-list]');
  const message = required<HTMLElement>(root, '[data-mail-message]');

  async function load(): Promise<void> {
    try {
      const { items } = await api.json<{ items: OutboxMail[] }>('GET', '/api/moderation/mail?state=failed');
      list.replaceChildren(
        ...items.map((mail) =>
          el(
            'li',
            {},
            say('mail.item', {
              when: formatDateTime(mail.updatedAt),
              reference: mail.reference,
              subject: mail.subject,
              attempts: mail.attempts,
              error: mail.lastError ?? '',
            }),
          ),
        ),
      );
      showMessage(message, items.length === 0 ? say('mail.none') : '');
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) showMessage(message, say('mail.failed'), true);
    }
  }

  required<HTMLButtonElement>(root, '[data-mail-refresh]').addEventListener('click', () => void load());
  return { load };
}
