/**
 * Enhances the suggestion form (src/pages/foresla/index.astro): fills it from the URL
 * (?tema, ?type, ?tekst), keeps a draft in localStorage until the server has confirmed it,
 * posts JSON with an Idempotency-Key so a retry never stores it twice, and shows the server's
 * errors beside the fields with a summary at the top.
 */

import { paths } from '../core/paths.ts';
import type { SuggestionFormTexts } from './suggestion-form-texts.ts';

const DRAFT_KEY = 'alderdommens-abc:forslag-utkast';
const DRAFT_FIELDS = ['kind', 'topic', 'title', 'text', 'name', 'email', 'phone', 'councilCode'] as const;
type DraftField = (typeof DRAFT_FIELDS)[number];
/** The checkboxes: kept in the draft too, so a consent or an «answer me by e-mail» is never lost. */
const DRAFT_CHOICES = ['notify', 'publishText'] as const;
type DraftChoice = (typeof DRAFT_CHOICES)[number];
type Draft = Partial<Record<DraftField, string>> & Partial<Record<DraftChoice, true>> & { idempotencyKey?: string };

/** Server field names (dotted for contact) → the form's field names. */
const SERVER_FIELDS: Record<string, DraftField> = {
  kind: 'kind',
  text: 'text',
  title: 'title',
  topic: 'topic',
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  contact: 'email',
  councilCode: 'councilCode',
};

const form = document.querySelector<HTMLFormElement>('[data-suggestion-form]');
if (form) enhance(form);

function enhance(form: HTMLFormElement): void {
  const summary = document.querySelector<HTMLElement>('[data-error-summary]')!;
  const summaryList = summary.querySelector<HTMLUListElement>('[data-error-list]')!;
  const status = document.querySelector<HTMLElement>('[data-send-status]')!;
  const draftNote = document.querySelector<HTMLElement>('[data-draft-note]')!;
  const submit = form.querySelector<HTMLButtonElement>('[data-submit]')!;
  const council = form.querySelector<HTMLDetailsElement>('[data-council]')!;
  const texts = JSON.parse(form.dataset.texts ?? '{}') as SuggestionFormTexts;
  let sending = false;

  // Our own messages replace the browser's bubbles, so both paths read the same.
  form.noValidate = true;

  const control = (name: DraftField) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | RadioNodeList | null;
  const read = (name: DraftField): string => {
    const element = control(name);
    return element ? String(element.value ?? '') : '';
  };
  const choice = (name: DraftChoice) => form.elements.namedItem(name) as HTMLInputElement | null;
  const write = (name: DraftField, value: string): void => {
    const element = control(name);
    if (!element) return;
    if (element instanceof HTMLSelectElement && ![...element.options].some((option) => option.value === value)) return;
    element.value = value;
  };

  function loadDraft(): Draft {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}');
      return typeof parsed === 'object' && parsed !== null ? (parsed as Draft) : {};
    } catch {
      return {};
    }
  }

  function saveDraft(): void {
    const draft: Draft = { idempotencyKey: loadDraft().idempotencyKey ?? crypto.randomUUID() };
    for (const name of DRAFT_FIELDS) {
      const value = read(name);
      if (value !== '') draft[name] = value;
    }
    for (const name of DRAFT_CHOICES) if (choice(name)?.checked) draft[name] = true;
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // Storage full or blocked (private mode): the form still works, only without the kept draft.
    }
  }

  function clearDraft(): void {
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // Nothing was kept, so there is nothing to clear.
    }
  }

  // The URL says where the reader came from; a kept draft holds what they wrote.
  const params = new URLSearchParams(location.search);
  const draft = loadDraft();
  const hasDraft = DRAFT_FIELDS.some((name) => (draft[name] ?? '') !== '') || DRAFT_CHOICES.some((name) => draft[name] === true);
  for (const name of DRAFT_FIELDS) if (draft[name]) write(name, draft[name]!);
  for (const name of DRAFT_CHOICES) {
    const box = choice(name);
    if (box && draft[name] === true) box.checked = true;
  }
  if (params.get('tema')) write('topic', params.get('tema')!);
  if (params.get('type')) write('kind', params.get('type')!);
  if (params.get('tekst') && read('text') === '') write('text', params.get('tekst')!);
  if (draft.councilCode) council.open = true;
  if (hasDraft) draftNote.hidden = false;

  draftNote.querySelector('[data-draft-clear]')?.addEventListener('click', () => {
    clearDraft();
    form.reset();
    draftNote.hidden = true;
    clearErrors();
    status.textContent = '';
    form.querySelector<HTMLElement>('input, textarea, select')?.focus();
  });

  form.addEventListener('input', saveDraft);
  form.addEventListener('change', saveDraft);

  function clearErrors(): void {
    summary.classList.remove('is-shown');
    summaryList.replaceChildren();
    for (const error of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      error.classList.remove('is-shown');
      const field = fieldElement(error.dataset.errorFor as DraftField);
      field?.removeAttribute('aria-invalid');
      if (field) setDescribedBy(field, error.id, false);
    }
  }

  function fieldElement(name: DraftField): HTMLElement | null {
    return name === 'kind' ? form.querySelector<HTMLElement>('input[name="kind"]') : form.querySelector<HTMLElement>(`#${name}`);
  }

  function setDescribedBy(element: HTMLElement, id: string, on: boolean): void {
    const ids = new Set((element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
    if (on) ids.add(id);
    else ids.delete(id);
    if (ids.size > 0) element.setAttribute('aria-describedby', [...ids].join(' '));
    else element.removeAttribute('aria-describedby');
  }

  function showErrors(fields: Record<string, string>): void {
    clearErrors();
    const shown = new Set<DraftField>();
    for (const [serverField, message] of Object.entries(fields)) {
      const name = SERVER_FIELDS[serverField];
      if (!name || shown.has(name)) continue;
      shown.add(name);
      const error = form.querySelector<HTMLElement>(`[data-error-for="${name}"]`);
      const field = fieldElement(name);
      if (!error || !field) continue;
      error.querySelector('[data-message]')!.textContent = message;
      error.classList.add('is-shown');
      field.setAttribute('aria-invalid', 'true');
      setDescribedBy(field, error.id, true);
      if (name === 'councilCode') council.open = true;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${field.id}`;
      link.textContent = message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        field.focus();
      });
      item.append(link);
      summaryList.append(item);
    }
    summary.classList.add('is-shown');
    summary.focus();
  }

  function showStatus(message: string, isError: boolean): void {
    status.classList.toggle('is-error', isError);
    status.textContent = message;
  }

  const tryLater = `${texts.kept} ${texts.tryLater}`;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    sending = true;
    saveDraft();
    submit.setAttribute('aria-disabled', 'true');
    showStatus(texts.sending, false);
    const body: Record<string, unknown> = { kind: read('kind'), text: read('text') };
    for (const name of ['title', 'topic', 'councilCode', 'website'] as const) {
      const value = name === 'website' ? (form.elements.namedItem('website') as HTMLInputElement).value : read(name);
      if (value !== '') body[name] = value;
    }
    const contact = Object.fromEntries(
      (['name', 'email', 'phone'] as const).map((name) => [name, read(name)]).filter(([, value]) => value !== ''),
    );
    if (Object.keys(contact).length > 0) body.contact = contact;
    for (const name of DRAFT_CHOICES) if (choice(name)?.checked) body[name] = true;
    if (body.kind === '') delete body.kind;

    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': loadDraft().idempotencyKey ?? crypto.randomUUID(),
        },
        body: JSON.stringify(body),
      });
      if (response.status === 201) {
        clearDraft();
        const receipt = (await response.json().catch(() => ({}))) as { id?: string };
        // The thank-you page reads the reference and the council from the stored suggestion.
        location.assign(paths.thanks(receipt.id ? { id: receipt.id } : undefined));
        return;
      }
      const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string; fields?: Record<string, string> } };
      if (response.status >= 500 || !answer.error) {
        showStatus(`${texts.serverError} ${tryLater}`, true);
      } else if (answer.error.fields && Object.keys(answer.error.fields).length > 0) {
        status.textContent = '';
        showErrors(answer.error.fields);
      } else if (response.status === 403) {
        status.textContent = '';
        showErrors({ councilCode: answer.error.message ?? '' });
      } else {
        showStatus(`${answer.error.message ?? ''} ${texts.kept}`, true);
      }
    } catch {
      showStatus(`${texts.offline} ${tryLater}`, true);
    } finally {
      sending = false;
      submit.removeAttribute('aria-disabled');
    }
  });
}
