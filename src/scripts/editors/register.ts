/**
 * «Registrer forslag»: posts what an editor heard or read to POST /api/moderation/suggestions
 * and shows the reference to read back; errors go beside their fields and nothing typed is lost.
 */
import type { CouncilView } from '../../core/suggestions/types.ts';
import { ApiError, type Api } from './api.ts';
import { el, required } from './dom.ts';
import { showMessage } from './page.ts';
import { say } from './texts.ts';

export type Register = { setCouncils(councils: readonly CouncilView[]): void };

export function createRegister(root: HTMLElement, api: Api, onRegistered: () => void): Register {
  const form = required<HTMLFormElement>(root, '[data-register-form]');
  const message = required<HTMLElement>(root, '[data-register-message]');
  const councilSelect = required<HTMLSelectElement>(root, '[data-register-council]');
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | RadioNodeList | null)?.value.trim() ?? '';

  function showErrors(fields: Record<string, string>): void {
    for (const slot of root.querySelectorAll<HTMLElement>('[data-register-error]')) {
      const text = fields[slot.dataset.registerError!];
      slot.textContent = text ?? '';
      slot.hidden = text === undefined;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const contact = Object.fromEntries(
      (['name', 'email', 'phone'] as const).map((name) => [name, value(name)]).filter(([, text]) => text !== ''),
    );
    const body = {
      channel: value('channel'),
      kind: value('kind'),
      text: value('text'),
      ...(value('council') ? { council: value('council') } : {}),
      ...(value('topic') ? { topic: value('topic') } : {}),
      ...(Object.keys(contact).length > 0 ? { contact } : {}),
      ...((form.elements.namedItem('notify') as HTMLInputElement).checked ? { notify: true } : {}),
      ...((form.elements.namedItem('publishText') as HTMLInputElement).checked ? { publishText: true } : {}),
    };
    void (async () => {
      try {
        const receipt = await api.json<{ reference: string }>('POST', '/api/moderation/suggestions', body);
        showErrors({});
        form.reset();
        showMessage(message, say('register.done', { reference: receipt.reference }));
        message.scrollIntoView({ block: 'center' });
        onRegistered();
      } catch (error) {
        if (error instanceof ApiError) showErrors(error.fields);
        showMessage(message, (error as Error).message, true);
      }
    })();
  });

  return {
    setCouncils(councils) {
      const chosen = councilSelect.value;
      councilSelect.replaceChildren(
        councilSelect.options[0]!,
        ...councils.filter((council) => council.active).map((council) => el('option', { value: council.id }, council.name)),
      );
      councilSelect.value = chosen;
    },
  };
}
