/**
 * The fact form in the page (drawn by src/components/facts/fact-field.astro) as a tree of parts
 * marked `data-node` (input, select, checkbox, choices, group, list, row) with `data-key`: this
 * numbers rows after one is added or removed, fills the form from a value, reads it back as form
 * entries (turned into a value by src/core/facts/form-value.ts) and puts each error beside its field.
 */
import type { FormEntry } from '../../core/facts/form-value.ts';
import type { FactProblem } from '../../core/facts/problems.ts';

type Path = (string | number)[];

const FIELD_CONTROLS = 'input, select, textarea';

/** The parts directly under `parent` (the form, or a part): nested parts belong to their own part. */
export function childParts(parent: Element): HTMLElement[] {
  const owner = parent.matches('[data-node]') ? parent : null;
  return [...parent.querySelectorAll<HTMLElement>('[data-node]')].filter(
    (part) => (part.parentElement?.closest('[data-node]') ?? null) === owner,
  );
}

/** The controls and error line of a part itself, not of the parts inside it. */
function own<T extends Element>(part: HTMLElement, selector: string): T[] {
  return [...part.querySelectorAll<T>(selector)].filter((element) => element.closest('[data-node]') === part);
}

const idOf = (name: string) => `fakta-${name.replace(/\./g, '-')}`;

function setPath(part: HTMLElement, path: Path): void {
  const name = path.join('.');
  const id = idOf(name);
  const oldName = part.dataset.path ?? '';
  part.dataset.path = name;
  for (const error of own<HTMLElement>(part, '[data-error-for]')) {
    error.dataset.errorFor = name;
    error.id = `feil-${name}`;
  }
  for (const hint of own<HTMLElement>(part, '.hint[id]')) hint.id = `${id}-hint`;
  for (const described of [part, ...own<HTMLElement>(part, '[aria-describedby]')]) {
    const ids = described.getAttribute('aria-describedby');
    if (ids) described.setAttribute('aria-describedby', ids.replace(idOf(oldName), id).replace(`feil-${oldName}`, `feil-${name}`));
  }
  const kind = part.dataset.node;
  const controls = own<HTMLInputElement>(part, FIELD_CONTROLS);
  for (const control of controls) {
    control.name = name;
    const controlId = kind === 'choices' ? `${id}-${control.value}` : id;
    const label = part.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(control.id)}"]`);
    control.id = controlId;
    if (label) label.htmlFor = controlId;
  }
}

/** Gives every part the path its place in the form gives it: names, ids, labels and row numbers. */
export function renumber(parent: Element, path: Path = []): void {
  for (const part of childParts(parent)) {
    const key = part.dataset.key;
    const partPath = key === undefined ? path : [...path, key];
    if (part.dataset.node === 'row') continue;
    setPath(part, partPath);
    if (part.dataset.node === 'group') renumber(part, partPath);
    if (part.dataset.node === 'list') {
      const rows = childParts(part);
      rows.forEach((row, index) => {
        const rowPath = [...partPath, index];
        setPath(row, rowPath);
        const legend = row.querySelector<HTMLElement>(':scope > legend[data-legend]');
        if (legend) legend.textContent = `${legend.dataset.legend} ${index + 1}`;
        renumber(row, rowPath);
      });
      const empty = part.querySelector<HTMLElement>(':scope > [data-empty]');
      if (empty) empty.hidden = rows.length > 0;
    }
  }
}

/** Adds an empty row to a list, at the end; returns it. */
export function addRow(list: HTMLElement): HTMLElement {
  const template = list.querySelector<HTMLTemplateElement>(':scope > template[data-row-template]');
  const rows = list.querySelector<HTMLElement>(':scope > [data-rows]');
  if (!template || !rows) throw new Error('Listen mangler mal for nye rader');
  const row = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  for (const button of row.querySelectorAll<HTMLElement>('[data-remove-row], [data-add-row]')) button.hidden = false;
  rows.append(row);
  return row;
}

/** Reads what is typed as form entries, in the order of the form. */
export function readEntries(parent: Element): FormEntry[] {
  const entries: FormEntry[] = [];
  for (const part of childParts(parent)) {
    const name = part.dataset.path ?? '';
    const controls = own<HTMLInputElement>(part, FIELD_CONTROLS);
    switch (part.dataset.node) {
      case 'input':
        entries.push({ name, kind: part.dataset.kind === 'number' ? 'number' : 'text', value: controls[0]?.value ?? '' });
        break;
      case 'select':
        entries.push({ name, kind: 'text', value: controls[0]?.value ?? '' });
        break;
      case 'checkbox':
        entries.push({ name, kind: 'checkbox', value: controls[0]?.checked ?? false });
        break;
      case 'choices':
        entries.push({ name, kind: 'choices', value: controls.filter((box) => box.checked).map((box) => box.value) });
        break;
      default:
        entries.push(...readEntries(part));
    }
  }
  return entries;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Fills the form with `value`, adding and removing rows so every list has one row per item. */
export function fill(parent: Element, value: unknown): void {
  for (const part of childParts(parent)) {
    const key = part.dataset.key;
    const own_ = key === undefined ? value : (value as Record<string, unknown> | undefined)?.[key];
    const controls = own<HTMLInputElement>(part, FIELD_CONTROLS);
    switch (part.dataset.node) {
      case 'input':
      case 'select':
        for (const control of controls) control.value = text(own_);
        break;
      case 'checkbox':
        for (const control of controls) control.checked = own_ === true;
        break;
      case 'choices':
        for (const control of controls) control.checked = Array.isArray(own_) && own_.includes(control.value);
        break;
      case 'list': {
        const items = Array.isArray(own_) ? own_ : [];
        const rows = childParts(part);
        for (const row of rows.slice(items.length)) row.remove();
        for (let index = rows.length; index < items.length; index += 1) addRow(part);
        childParts(part).forEach((row, index) => fill(row, items[index]));
        break;
      }
      default:
        fill(part, own_);
    }
  }
}

/** Clears every error line and mark. */
export function clearProblems(form: HTMLElement): void {
  for (const error of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    error.classList.remove('is-shown');
    const message = error.querySelector('[data-message]');
    if (message) message.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
}

/**
 * Puts each problem beside its field (or, for a path no field has, beside the nearest part that
 * holds it). Resolves the error lines used, in form order, for a summary that links to them.
 */
export function showProblems(form: HTMLElement, problems: readonly FactProblem[]): { message: string; target: HTMLElement }[] {
  clearProblems(form);
  const shown: { message: string; target: HTMLElement }[] = [];
  for (const problem of problems) {
    let parts = problem.path.split('.');
    let part: HTMLElement | null = null;
    while (!part && parts.length > 0) {
      part = form.querySelector<HTMLElement>(`[data-node][data-path="${CSS.escape(parts.join('.'))}"]`);
      parts = parts.slice(0, -1);
    }
    const error = part ? own<HTMLElement>(part, '[data-error-for]')[0] : form.querySelector<HTMLElement>('[data-error-for]');
    if (!error) continue;
    const message = error.querySelector('[data-message]');
    if (message) message.textContent = message.textContent ? `${message.textContent} ${problem.message}` : problem.message;
    error.classList.add('is-shown');
    if (part) for (const control of own<HTMLElement>(part, FIELD_CONTROLS)) control.setAttribute('aria-invalid', 'true');
    shown.push({ message: problem.message, target: (part && own<HTMLElement>(part, FIELD_CONTROLS)[0]) ?? error });
  }
  return shown;
}
