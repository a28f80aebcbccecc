import type { Answers } from '../../core/planning/plan-file.ts';

type Field = HTMLInputElement | HTMLTextAreaElement;

const fields = (root: ParentNode): Field[] => [...root.querySelectorAll<Field>('input[name], textarea[name]')];

/** The form's answers by field name; empty fields are left out so a blank form stores nothing. */
export function readFields(root: ParentNode): Answers {
  const answers: Answers = {};
  for (const field of fields(root)) {
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      if (field.checked) answers[field.name] = field.value;
    } else if (field.value.trim() !== '') {
      answers[field.name] = field.value;
    }
  }
  return answers;
}

/** Puts answers into the form, first adding the repeating rows they need; unknown names are ignored. */
export function writeFields(root: ParentNode, answers: Answers): void {
  for (const group of root.querySelectorAll<HTMLElement>('[data-rows]')) {
    const prefix = `${group.dataset.rows}.`;
    const highest = Math.max(
      -1,
      ...Object.keys(answers)
        .filter((name) => name.startsWith(prefix))
        .map((name) => Number.parseInt(name.slice(prefix.length), 10))
        .filter(Number.isFinite),
    );
    while (rowCount(group) <= highest) addRow(group);
  }
  for (const field of fields(root)) {
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
      field.checked = answers[field.name] === field.value;
    else field.value = answers[field.name] ?? '';
  }
}

const rowCount = (group: HTMLElement): number => group.querySelectorAll(':scope > [data-row]').length;

/**
 * Adds a row from the group's <template>, numbering its fields after the rows already there;
 * returns the row's first field.
 */
export function addRow(group: HTMLElement): Field | null {
  const template = group.parentElement?.querySelector<HTMLTemplateElement>(`template[data-row-template="${group.dataset.rows}"]`);
  if (!template) throw new Error(`Mangler mal for radene ${group.dataset.rows}`);
  const index = rowCount(group);
  group.insertAdjacentHTML('beforeend', template.innerHTML.replaceAll('__N__', String(index)).replaceAll('__NUMBER__', String(index + 1)));
  return group.lastElementChild?.querySelector<Field>('input, textarea') ?? null;
}
