/**
 * One fact on the facts desk (src/pages/redaksjon/fakta/[id].astro): brings the newest saved value
 * into the form, adds and removes rows, saves with the version it started from, puts each error
 * beside its field (nothing typed is lost), and lists the versions with «Hent fram».
 */
import { valueFromEntries } from '../../core/facts/form-value.ts';
import { formatDateTime, el } from '../editors/dom.ts';
import { addRow, clearProblems, fill, readEntries, renumber, showProblems } from './form-dom.ts';
import { loadFact, loadOpenCorrections, loadRevisions, saveFact, SignedOutError, type FactRevisionAnswer } from './fact-api.ts';
import { say } from './texts.ts';
import { createApi } from '../editors/api.ts';
import { currentSession } from '../editors/session.ts';
import { publishAndFollow } from '../editors/articles/publishing.ts';
import { paths } from '../../core/paths.ts';

const root = document.querySelector<HTMLElement>('[data-fact-page]');
if (root) start(root);

function required<T extends Element>(selector: string): T {
  const element = root!.querySelector<T>(selector);
  if (!element) throw new Error(`Mangler ${selector}`);
  return element;
}

function start(page: HTMLElement): void {
  const id = page.dataset.factPage ?? '';
  const form = required<HTMLFormElement>('[data-fact-form]');
  const saveButton = required<HTMLButtonElement>('[data-save]');
  const note = required<HTMLInputElement>('[data-note]');
  const loadMessage = required<HTMLElement>('[data-load-message]');
  const saveMessage = required<HTMLElement>('[data-save-message]');
  const summary = required<HTMLElement>('[data-error-summary]');
  const summaryList = required<HTMLElement>('[data-error-list]');
  const history = required<HTMLElement>('[data-history]');
  const publishPanel = required<HTMLElement>('[data-publish-panel]');
  const publishButton = required<HTMLButtonElement>('[data-publish-fact]');
  const publishStatus = required<HTMLElement>('[data-publish-status]');
  const publishWaiting = required<HTMLElement>('[data-publish-waiting]');
  let version = 0;
  let restoredFrom: number | undefined;

  const show = (target: HTMLElement, text: string, isError = false) => {
    target.textContent = text;
    target.classList.toggle('is-error', isError);
  };

  function signedOut(): void {
    saveButton.hidden = true;
    required<HTMLElement>('[data-sign-in-needed]').hidden = false;
    show(loadMessage, '');
  }

  for (const button of form.querySelectorAll<HTMLElement>('[data-add-row], [data-remove-row]')) button.hidden = false;
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-add-row], [data-remove-row]');
    if (!button) return;
    if (button.matches('[data-add-row]')) {
      const list = button.closest<HTMLElement>('[data-node="list"]')!;
      const row = addRow(list);
      renumber(form);
      row.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else {
      const row = button.closest<HTMLElement>('[data-node="row"]')!;
      const list = row.parentElement!.closest<HTMLElement>('[data-node="list"]')!;
      row.remove();
      renumber(form);
      list.querySelector<HTMLElement>(':scope > [data-add-row]')?.focus();
    }
  });

  function renderHistory(items: FactRevisionAnswer[], liveVersion: number): void {
    if (items.length === 0) return;
    history.replaceChildren(
      ...items.map((item) => {
        const restore = el(
          'button',
          { type: 'button', class: 'button--secondary', 'data-restore': String(item.version) },
          say('desk.restore', { version: item.version }),
        );
        restore.addEventListener('click', () => {
          fill(form, item.value);
          renumber(form);
          restoredFrom = item.version;
          note.value = say('desk.restoreNote', { version: item.version });
          show(saveMessage, say('desk.restoredInForm', { version: item.version }));
          form.querySelector<HTMLElement>('input, select, textarea')?.focus();
        });
        return el(
          'li',
          {},
          el(
            'p',
            {},
            say('desk.historyItem', { version: item.version, at: formatDateTime(item.at), actor: item.actor }),
            item.version === liveVersion ? ` ${say('desk.historyLive')}` : '',
          ),
          item.note ? el('p', { class: 'history__note' }, item.note) : null,
          item.restoredFrom ? el('p', {}, say('desk.historyRestored', { version: item.restoredFrom })) : null,
          item.version === version ? null : restore,
        );
      }),
    );
  }

  async function refreshHistory(): Promise<void> {
    const { items, liveVersion } = await loadRevisions(id);
    renderHistory(items, liveVersion);
    // The button only while a saved version waits; the panel stays while it tells how a publication went.
    const waiting = version > liveVersion;
    publishWaiting.hidden = !waiting;
    publishButton.hidden = !waiting;
    publishPanel.hidden = !waiting && !publishStatus.textContent;
  }

  const api = createApi({ token: () => currentSession()?.token, onUnauthorized: () => signedOut() });
  publishButton.addEventListener('click', async () => {
    publishButton.disabled = true;
    try {
      await publishAndFollow(api, { facts: [id] }, publishStatus);
      await refreshHistory();
    } catch (error) {
      show(publishStatus, (error as Error).message, true);
    } finally {
      publishButton.disabled = false;
    }
  });

  async function showCorrections(): Promise<void> {
    const section = required<HTMLElement>('[data-corrections-section]');
    const list = required<HTMLElement>('[data-corrections]');
    const open = await loadOpenCorrections(id);
    list.replaceChildren(
      ...(open.length === 0
        ? [el('li', {}, say('desk.correctionsNone'))]
        : open.map((item) =>
            el(
              'li',
              { 'data-correction': item.id },
              el(
                'p',
                {},
                el(
                  'a',
                  { href: paths.editorsSuggestion(item.id) },
                  say('desk.correctionItem', { reference: item.reference ?? item.id, at: formatDateTime(item.createdAt) }),
                ),
              ),
              el('p', { class: 'suggestion-text' }, item.text),
            ),
          )),
    );
    section.hidden = false;
  }

  async function load(): Promise<void> {
    show(loadMessage, say('desk.loading'));
    try {
      const fact = await loadFact(id);
      version = fact.version;
      if (version > 0) {
        fill(form, fact.value);
        renumber(form);
      }
      saveButton.hidden = false;
      show(loadMessage, version > 0 ? say('desk.loaded', { version }) : say('desk.loadedSeed'));
      await Promise.all([refreshHistory(), showCorrections()]);
    } catch (error) {
      if (error instanceof SignedOutError) return signedOut();
      show(loadMessage, say('desk.loadFailed', { message: (error as Error).message }), true);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    summary.hidden = true;
    saveButton.disabled = true;
    show(saveMessage, say('desk.saving'));
    try {
      const value = valueFromEntries(readEntries(form));
      const outcome = await saveFact(id, {
        value,
        version,
        ...(note.value.trim() ? { note: note.value.trim() } : {}),
        ...(restoredFrom ? { restoredFrom } : {}),
      });
      if (outcome.kind === 'saved') {
        version = outcome.version;
        restoredFrom = undefined;
        note.value = '';
        show(saveMessage, say('desk.saved', { version }));
        show(loadMessage, say('desk.loaded', { version }));
        await refreshHistory();
      } else if (outcome.kind === 'invalid') {
        const shown = showProblems(form, outcome.fields);
        summaryList.replaceChildren(
          ...shown.map(({ message, target }) => {
            const link = el('a', { href: `#${target.id}` }, message);
            link.addEventListener('click', (click) => {
              click.preventDefault();
              target.focus();
            });
            return el('li', {}, link);
          }),
        );
        summary.hidden = false;
        show(saveMessage, say('desk.invalid', { count: outcome.fields.length }), true);
        summary.focus();
      } else if (outcome.kind === 'conflict') {
        show(saveMessage, say('desk.conflict'), true);
      } else {
        show(saveMessage, say('desk.failed', { message: outcome.message }), true);
      }
    } catch (error) {
      if (error instanceof SignedOutError) signedOut();
      else show(saveMessage, say('desk.failed', { message: (error as Error).message }), true);
    } finally {
      saveButton.disabled = false;
    }
  });

  void load();
}
