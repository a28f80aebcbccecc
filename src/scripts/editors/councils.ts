/**
 * Councils and their codes: create one (its code is shown once, here, and never again),
 * give it a new code, or revoke the code. The queue's "Fra" filter lists the same councils.
 */
import type { CouncilView } from '../../core/suggestions/types.ts';
import { ApiError, type Api } from './api.ts';
import { el, formatDateTime, required } from './dom.ts';
import { showMessage } from './page.ts';
import { say } from './texts.ts';

export type Councils = { load(): Promise<void> };

/** `onLoaded` hears every fresh list, for other pickers of councils. */
export function createCouncils(
  root: HTMLElement,
  api: Api,
  filter: HTMLSelectElement,
  onLoaded: (councils: CouncilView[]) => void = () => {},
): Councils {
  const list = required<HTMLUListElement>(root, '[data-councils-list]');
  const message = required<HTMLElement>(root, '[data-councils-message]');
  const codeShown = required<HTMLElement>(root, '[data-code-shown]');
  const form = required<HTMLFormElement>(root, '[data-new-council]');

  function showCode(council: CouncilView, code: string): void {
    codeShown.replaceChildren(
      el('p', {}, say('councils.code', { name: council.name }), el('strong', {}, code)),
      el('p', {}, say('councils.codeOnce')),
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
    const renew = el(
      'button',
      { type: 'button', class: 'button--secondary' },
      say(council.active ? 'councils.renew' : 'councils.reactivate'),
      el('span', { class: 'visually-hidden' }, say('councils.renewFor', { name: council.name })),
    );
    // Both end the code the council uses today, so they ask first.
    renew.addEventListener(
      'click',
      () =>
        window.confirm(say('councils.confirmRenew', { name: council.name })) &&
        act(async () => {
          const result = await api.json<{ council: CouncilView; code: string }>(
            'POST',
            `/api/moderation/councils/${encodeURIComponent(council.id)}/code`,
          );
          showCode(result.council, result.code);
          showMessage(message, say('councils.renewed', { name: council.name }));
        }),
    );
    const revoke = council.active
      ? el(
          'button',
          { type: 'button', class: 'button--danger' },
          say('councils.revoke'),
          el('span', { class: 'visually-hidden' }, say('councils.revokeFor', { name: council.name })),
        )
      : null;
    revoke?.addEventListener(
      'click',
      () =>
        window.confirm(say('councils.confirmRevoke', { name: council.name })) &&
        act(async () => {
          await api.json('DELETE', `/api/moderation/councils/${encodeURIComponent(council.id)}/code`);
          codeShown.replaceChildren();
          showMessage(message, say('councils.revoked', { name: council.name }));
        }),
    );
    const state = council.active
      ? say('councils.activeSince', { when: formatDateTime(council.codeCreatedAt) })
      : say('councils.revokedAt', { when: formatDateTime(council.revokedAt ?? '') });
    return el(
      'li',
      {},
      el('h3', {}, council.name),
      el('p', {}, state),
      el('div', { class: 'council-list__actions' }, renew, revoke),
      contactForm(council),
    );
  }

  /** The council's contact e-mail: where its status news goes. Empty removes it. */
  function contactForm(council: CouncilView): HTMLFormElement {
    const id = `council-email-${council.id}`;
    const input = el('input', {
      type: 'email',
      id,
      name: 'contactEmail',
      maxlength: '254',
      autocomplete: 'off',
      value: council.contactEmail ?? '',
    }) as HTMLInputElement;
    const form = el(
      'form',
      { class: 'council-contact' },
      el('label', { for: id }, say('councils.contactEmail', { name: council.name })),
      input,
      el('button', { type: 'submit', class: 'button--secondary' }, say('councils.saveContact')),
    ) as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void act(async () => {
        await api.json('PATCH', `/api/moderation/councils/${encodeURIComponent(council.id)}`, { contactEmail: input.value.trim() || null });
        showMessage(message, say('councils.contactSaved', { name: council.name }));
      });
    });
    return form;
  }

  async function load(): Promise<void> {
    try {
      const { items } = await api.json<{ items: CouncilView[] }>('GET', '/api/moderation/councils');
      list.replaceChildren(...items.map(item));
      onLoaded(items);
      const chosen = filter.value;
      filter.replaceChildren(
        filter.options[0]!,
        ...items.map((council) => el('option', { value: council.id }, say('source.council', { name: council.name }))),
      );
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
      showMessage(message, say('councils.created', { name: result.council.name }));
    });
  });

  return { load };
}
