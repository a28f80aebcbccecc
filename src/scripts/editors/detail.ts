/**
 * One suggestion: its text (as text, never markup), facts, contact data, the decision form
 * with only the allowed next statuses, "Lag utkast", «Arkivkopi», erasing contact data and the history.
 */
import type { SuggestionDetail, SuggestionStatus } from '../../core/suggestions/types.ts';
import { TRANSITIONS } from '../../core/suggestions/transitions.ts';
import { ApiError, download, query, type Api } from './api.ts';
import { el, formatDateTime, required } from './dom.ts';
import { actorName, describeChange } from './history.ts';
import { showMessage, type Article } from './page.ts';
import { articleLinks } from './articles/suggestion-links.ts';
import { say } from './texts.ts';
import { paths } from '../../core/paths.ts';

export type Detail = { open(id: string): Promise<void>; close(): void };

export type DetailOptions = {
  api: Api;
  articles: Map<string, Article>;
  eraseDialog: HTMLDialogElement;
  /** Back to the queue; `changed` when the queue must be reloaded. */
  onClose: (changed: boolean) => void;
};

export function createDetail(root: HTMLElement, options: DetailOptions): Detail {
  const { api, articles, eraseDialog } = options;
  const title = required<HTMLElement>(root, '[data-detail-title]');
  const facts = required<HTMLDListElement>(root, '[data-detail-facts]');
  const text = required<HTMLElement>(root, '[data-detail-text]');
  const contact = required<HTMLElement>(root, '[data-detail-contact]');
  const erase = required<HTMLButtonElement>(root, '[data-erase]');
  const form = required<HTMLFormElement>(root, '[data-decision]');
  const choices = required<HTMLElement>(root, '[data-status-choices]');
  const message = required<HTMLElement>(root, '[data-decision-message]');
  const assignee = required<HTMLInputElement>(form, '[name="assignee"]');
  const note = required<HTMLTextAreaElement>(form, '[name="note"]');
  const answer = required<HTMLTextAreaElement>(form, '[name="publicAnswer"]');
  const shown = required<HTMLInputElement>(form, '[name="public"]');
  const publicText = required<HTMLTextAreaElement>(form, '[name="publicText"]');
  const publicTextField = required<HTMLElement>(form, '[data-public-text-field]');
  const history = required<HTMLOListElement>(root, '[data-detail-history]');
  const draft = required<HTMLButtonElement>(root, '[data-draft]');
  const archive = required<HTMLButtonElement>(root, '[data-archive]');
  const archiveContact = required<HTMLInputElement>(root, '[data-archive-contact]');

  let current: SuggestionDetail | undefined;
  let changed = false;

  function fact(term: string, ...value: (Node | string)[]): Node[] {
    return [el('dt', {}, term), el('dd', {}, ...value)];
  }

  function render(item: SuggestionDetail): void {
    current = item;
    title.textContent = item.title ?? say('detail.title', { kind: say(`kind.${item.kind}`), when: formatDateTime(item.createdAt) });
    const article = item.topic ? articles.get(item.topic) : undefined;
    facts.replaceChildren(
      ...fact(say('detail.status'), say(`status.${item.status}`)),
      ...fact(say('detail.kind'), say(`kind.${item.kind}`)),
      ...fact(
        say('detail.source'),
        item.source.type === 'council' ? say('source.council', { name: item.source.councilName }) : say('detail.citizen'),
      ),
      ...fact(say('detail.topic'), item.topic ? el('a', { href: `/${item.topic}/` }, article?.title ?? item.topic) : say('detail.noTopic')),
      ...(item.fact
        ? fact(say('detail.fact'), el('a', { href: paths.factDesk(item.fact) }, say('detail.factLink', { id: item.fact })))
        : []),
      ...fact(say('detail.received'), formatDateTime(item.createdAt)),
      ...fact(say('detail.public'), item.public ? say('detail.publicYes') : say('detail.publicNo')),
      ...fact(say('detail.consent'), item.publishText ? say('detail.consentYes') : say('detail.consentNo')),
      ...fact(say('detail.assignee'), item.assignee ?? say('detail.noAssignee')),
    );
    text.textContent = item.text;
    root.querySelector('[data-article-links]')?.replaceChildren(...articleLinks(item));

    const details = item.contact
      ? (
          [
            [say('csv.name'), item.contact.name],
            [say('csv.email'), item.contact.email],
            [say('csv.phone'), item.contact.phone],
          ] as const
        ).filter(([, value]) => value)
      : [];
    contact.replaceChildren(
      details.length > 0
        ? el('dl', { class: 'facts' }, ...details.flatMap(([term, value]) => fact(term, value!)))
        : el('p', {}, say('detail.noContact')),
    );
    erase.hidden = details.length === 0;

    // A change to the book reaches «Publisert» when its revision goes live; only questions are closed by hand.
    const next = TRANSITIONS[item.status].filter((status) => status !== 'published' || item.kind === 'question');
    const options: [SuggestionStatus | '', string][] = [
      ['', say('detail.keep', { status: say(`status.${item.status}`) })],
      ...next.map((status): [SuggestionStatus, string] => [status, say(`status.${status}`)]),
    ];
    choices.replaceChildren(
      ...options.map(([value, label], index) => {
        const id = `decision-status-${value || 'keep'}`;
        return el(
          'div',
          { class: 'choice' },
          el('input', { type: 'radio', name: 'status', id, value, checked: index === 0 }),
          el('label', { for: id }, label),
        );
      }),
    );
    note.value = '';
    answer.value = item.publicAnswer ?? '';
    shown.checked = item.public;
    // Only a text the sender agreed to show can be shortened for the public page.
    publicTextField.hidden = item.publishText !== true;
    publicText.value = item.publicText ?? '';
    assignee.value = item.assignee ?? '';

    history.replaceChildren(
      ...item.history.map((entry) =>
        el(
          'li',
          {},
          el('strong', {}, say('history.line', { when: formatDateTime(entry.at), who: actorName(entry) })),
          describeChange(entry),
          entry.note ? el('span', { class: 'history__note' }, say('history.note', { note: entry.note })) : null,
        ),
      ),
    );
  }

  async function open(id: string): Promise<void> {
    changed = false;
    showMessage(message, '');
    render(await api.json<SuggestionDetail>('GET', `/api/moderation/suggestions/${encodeURIComponent(id)}`));
    root.hidden = false;
    root.focus();
  }

  function conflict(error: ApiError): void {
    showMessage(message, error.message, true);
    const reload = el('button', { type: 'button', class: 'button--secondary' }, say('detail.reload'));
    reload.addEventListener('click', () => void open(current!.id).then(() => showMessage(message, say('detail.reloaded'))));
    message.append(' ', reload);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!current) return;
    const data = new FormData(form);
    const status = String(data.get('status') ?? '');
    const body = {
      version: current.version,
      ...(status ? { status } : {}),
      ...(note.value.trim() ? { note: note.value } : {}),
      public: shown.checked,
      publicAnswer: answer.value,
      ...(current.publishText ? { publicText: publicText.value } : {}),
      assignee: assignee.value,
    };
    showMessage(message, say('detail.saving'));
    try {
      render(await api.json<SuggestionDetail>('PATCH', `/api/moderation/suggestions/${encodeURIComponent(current.id)}`, body));
      changed = true;
      showMessage(message, say('detail.saved', { status: say(`status.${current.status}`) }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) conflict(error);
      else {
        const fields = error instanceof ApiError ? Object.values(error.fields) : [];
        showMessage(message, [(error as Error).message, ...fields].join(' '), true);
      }
    }
  });

  erase.addEventListener('click', () => eraseDialog.showModal());
  eraseDialog.addEventListener('close', async () => {
    if (eraseDialog.returnValue !== 'erase' || !current) return;
    try {
      await api.json('DELETE', `/api/moderation/suggestions/${encodeURIComponent(current.id)}/contact`);
      await open(current.id);
      changed = true;
      showMessage(message, say('detail.erased'));
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
    erase.focus();
  });

  draft.addEventListener('click', async () => {
    if (!current) return;
    try {
      const file = await api.json<{ fileName: string; content: string }>(
        'GET',
        `/api/moderation/suggestions/${encodeURIComponent(current.id)}/draft`,
      );
      download(file.fileName, new Blob([file.content], { type: 'text/markdown;charset=utf-8' }));
      showMessage(message, say('detail.drafted', { fileName: file.fileName }));
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  });

  archive.addEventListener('click', async () => {
    if (!current) return;
    try {
      const path = `/api/moderation/suggestions/${encodeURIComponent(current.id)}/archive${query({ contact: archiveContact.checked || undefined })}`;
      const file = await api.file(path);
      const fileName = file.fileName ?? `arkivkopi-${current.id}.json`;
      download(fileName, file.blob);
      showMessage(message, say('archive.done', { fileName }));
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  });

  required<HTMLButtonElement>(root, '[data-back]').addEventListener('click', () => {
    root.hidden = true;
    options.onClose(changed);
  });

  return {
    open,
    close: () => {
      root.hidden = true;
    },
  };
}
