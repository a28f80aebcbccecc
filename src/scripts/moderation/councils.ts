/**
 * Councils and their codes: create one (its code is shown once, here, and never again),
 * give it a new code, or revoke the code. The queue's "Fra" filter lists the same councils.
 */
import type { CouncilView } from '../../core/suggestions/types.ts';
import { ApiError, type Api } from './api.ts';
import { el, formatDateTime, required } from './dom.ts';
import { showMessage } from './page.ts';

export type Councils = { load(): Promise<void> };

export function createCouncils(root: HTMLElement, api: Api, filter: HTMLSelectElement): Councils {
  const list = required<HTMLUListElement>(root, '[data-councils-list]');
  const message = required<HTMLElement>(root, '[data-councils-message]');
  const codeShown = required<HTMLElement>(root, '[data-code-shown]');
  const form = required<HTMLFormElement>(root, '[data-new-council]');

  function showCode(council: CouncilView, code: string): void {
    codeShown.replaceChildren(
      el('p', {}, `Koden til ${council.name} er `, el('strong', {}, code)),
      el('p', {}, 'Skriv den ned eller kopier den nå. Den vises bare denne ene gangen.'),
    );
    codeShown.scrollIntoView({ block: 'center' });
  }

  async function act(work: () => Promise<void>): Promise<void> {
    try {
      await work();
      await load();
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  }

  function item(council: CouncilView): HTMLLIElement {
    const renew = el('button', { type: 'button', class: 'button--secondary' }, council.active ? 'Lag ny kode' : 'Ta i bruk igjen med ny kode', el('span', { class: 'visually-hidden' }, ` for ${council.name}`));
    renew.addEventListener('click', () => act(async () => {
      const result = await api.json<{ council: CouncilView; code: string }>('POST', `/api/moderation/councils/${encodeURIComponent(council.id)}/code`);
      showCode(result.council, result.code);
      showMessage(message, `${council.name} har fått ny kode. Den gamle virker ikke lenger.`);
    }));
    const revoke = council.active ? el('button', { type: 'button', class: 'button--danger' }, 'Trekk tilbake koden', el('span', { class: 'visually-hidden' }, ` til ${council.name}`)) : null;
    revoke?.addEventListener('click', () => act(async () => {
      await api.json('DELETE', `/api/moderation/councils/${encodeURIComponent(council.id)}/code`);
      codeShown.replaceChildren();
      showMessage(message, `Koden til ${council.name} er trukket tilbake. Forslag som rådet alt har sendt, blir liggende.`);
    }));
    const state = council.active ? `I bruk siden ${formatDateTime(council.codeCreatedAt)}` : `Trukket tilbake ${formatDateTime(council.revokedAt ?? '')}`;
    return el('li', {}, el('h3', {}, council.name), el('p', {}, state), el('div', { class: 'council-list__actions' }, renew, revoke));
  }

  async function load(): Promise<void> {
    try {
      const { items } = await api.json<{ items: CouncilView[] }>('GET', '/api/moderation/councils');
      list.replaceChildren(...items.map(item));
      const chosen = filter.value;
      filter.replaceChildren(filter.options[0]!, ...items.map((council) => el('option', { value: council.id }, `Fra ${council.name}`)));
      filter.value = chosen;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) showMessage(message, (error as Error).message, true);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = required<HTMLInputElement>(form, '[name="name"]');
    void act(async () => {
      const result = await api.json<{ council: CouncilView; code: string }>('POST', '/api/moderation/councils', { name: input.value });
      input.value = '';
      showCode(result.council, result.code);
      showMessage(message, `${result.council.name} er opprettet.`);
    });
  });

  return { load };
}
