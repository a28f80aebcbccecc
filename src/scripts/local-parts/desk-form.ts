/**
 * One slot on the local parts desk (src/pages/redaksjon/lokalt/[slug]/[slot].astro): brings the
 * newest saved text into the form, shows as it is typed how readers will see it, saves with the
 * version it started from, puts each error beside its field (what was typed stays), lists the
 * versions, and «Publiser» publishes it to this kommune's pages only.
 */
import { ApiError } from '../editors/api.ts';
import { publishAndFollow } from '../editors/articles/publishing.ts';
import { el, formatDateTime } from '../editors/dom.ts';
import { showMessage } from '../editors/page.ts';
import { localPartApi, type LocalPartRevisionAnswer } from './local-part-api.ts';
import { say } from './texts.ts';

const root = document.querySelector<HTMLElement>('[data-local-form-page]');
if (root) start(root);

function required<T extends Element>(page: HTMLElement, selector: string): T {
  const element = page.querySelector<T>(selector);
  if (!element) throw new Error(`Mangler ${selector}`);
  return element;
}

const FIELDS = ['text', 'date'] as const;

function start(page: HTMLElement): void {
  const [slug = '', slot = ''] = (page.dataset.localFormPage ?? '').split('#');
  const form = required<HTMLFormElement>(page, '[data-local-form]');
  const text = required<HTMLTextAreaElement>(page, '[data-text]');
  const date = required<HTMLInputElement>(page, '[data-date]');
  const saveButton = required<HTMLButtonElement>(page, '[data-save]');
  const loadMessage = required<HTMLElement>(page, '[data-load-message]');
  const saveMessage = required<HTMLElement>(page, '[data-save-message]');
  const summary = required<HTMLElement>(page, '[data-error-summary]');
  const summaryList = required<HTMLElement>(page, '[data-error-list]');
  const preview = required<HTMLElement>(page, '[data-preview]');
  const history = required<HTMLElement>(page, '[data-history]');
  const publishPanel = required<HTMLElement>(page, '[data-publish-panel]');
  const publishButton = required<HTMLButtonElement>(page, '[data-publish-local]');
  const publishStatus = required<HTMLElement>(page, '[data-publish-status]');
  const label = page.dataset.previewLabel ?? '';
  const day = new Intl.DateTimeFormat(document.documentElement.lang === 'nn' ? 'nn-NO' : 'nb-NO', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  let version = 0;

  function signedOut(): void {
    saveButton.hidden = true;
    required<HTMLElement>(page, '[data-sign-in-needed]').hidden = false;
    showMessage(loadMessage, '');
  }
  const parts = localPartApi(signedOut);

  /** The text as local-part.astro shows it: «Gjelder <kommune> (<dato>)» over its paragraphs. */
  function drawPreview(): void {
    const paragraphs = text.value
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    if (paragraphs.length === 0) {
      preview.replaceChildren(el('p', {}, say('desk.previewEmpty')));
      return;
    }
    const shownDate = /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? day.format(new Date(`${date.value}T00:00:00Z`)) : '…';
    preview.replaceChildren(
      el(
        'aside',
        { class: 'box' },
        el('p', {}, el('strong', {}, label.replace('{date}', shownDate))),
        ...paragraphs.map((paragraph) => el('p', {}, paragraph)),
      ),
    );
  }

  function clearProblems(): void {
    summary.hidden = true;
    for (const name of FIELDS) {
      const error = required<HTMLElement>(page, `[data-error-for="${name}"]`);
      error.hidden = true;
      error.textContent = '';
      const control = name === 'text' ? text : date;
      control.removeAttribute('aria-invalid');
      control.setAttribute('aria-describedby', `${control.id}-hint`);
    }
  }

  function showProblems(fields: Record<string, string>): void {
    const shown = FIELDS.filter((name) => fields[name]);
    for (const name of shown) {
      const error = required<HTMLElement>(page, `[data-error-for="${name}"]`);
      const control = name === 'text' ? text : date;
      error.textContent = fields[name]!;
      error.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', `${control.id}-hint ${error.id}`);
    }
    summaryList.replaceChildren(
      ...shown.map((name) => {
        const control = name === 'text' ? text : date;
        const link = el('a', { href: `#${control.id}` }, fields[name]!);
        link.addEventListener('click', (click) => {
          click.preventDefault();
          control.focus();
        });
        return el('li', {}, link);
      }),
    );
    summary.hidden = shown.length === 0;
    if (shown.length > 0) summary.focus();
  }

  function drawHistory(revisions: LocalPartRevisionAnswer[], liveVersion: number): void {
    if (revisions.length === 0) return;
    history.replaceChildren(
      ...revisions.map((revision) =>
        el(
          'li',
          {},
          el(
            'p',
            {},
            say('desk.historyItem', { version: revision.version, at: formatDateTime(revision.at), actor: revision.actor }),
            revision.version === liveVersion ? ` ${say('desk.historyLive')}` : '',
          ),
          el('p', { class: 'history__note' }, revision.text || say('desk.previewEmpty')),
        ),
      ),
    );
  }

  async function load(fill: boolean): Promise<void> {
    if (!parts.signedIn()) return signedOut();
    showMessage(loadMessage, say('desk.loading'));
    try {
      const part = await parts.load(slug, slot);
      version = part.version;
      if (fill && version > 0) {
        text.value = part.text;
        date.value = part.date ?? '';
        drawPreview();
      }
      saveButton.hidden = false;
      showMessage(loadMessage, version > 0 ? say('desk.loaded', { version }) : say('desk.loadedNone'));
      drawHistory(part.revisions, part.liveVersion);
      const waiting = part.version > part.liveVersion;
      publishButton.hidden = !waiting;
      required<HTMLElement>(page, '[data-publish-waiting]').hidden = !waiting;
      publishPanel.hidden = !waiting && !publishStatus.textContent;
    } catch (error) {
      if ((error as ApiError).status === 401) return;
      showMessage(loadMessage, say('desk.loadFailed', { message: (error as Error).message }), true);
    }
  }

  text.addEventListener('input', drawPreview);
  date.addEventListener('input', drawPreview);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems();
    saveButton.disabled = true;
    showMessage(saveMessage, say('desk.saving'));
    try {
      const saved = await parts.save(slug, slot, { text: text.value, date: date.value, version });
      version = saved.version;
      showMessage(saveMessage, say(text.value.trim() === '' ? 'desk.savedRemoval' : 'desk.saved', { version }));
      await load(false);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 401) return;
      if (Object.keys(error.fields).length > 0) {
        showProblems(error.fields);
        showMessage(saveMessage, say('desk.invalid'), true);
      } else {
        showMessage(saveMessage, say('desk.failed', { message: error.message }), true);
      }
    } finally {
      saveButton.disabled = false;
    }
  });

  publishButton.addEventListener('click', async () => {
    publishButton.disabled = true;
    try {
      await publishAndFollow(parts.api, { localParts: [{ slug, slot }] }, publishStatus);
      await load(false);
    } catch (error) {
      showMessage(publishStatus, (error as Error).message, true);
    } finally {
      publishButton.disabled = false;
    }
  });

  void load(true);
}
