import {
  parsePlanFile,
  planFileName,
  readAnswers,
  toPlanFile,
  type Answers,
  type PlanFileError,
  type ToolId,
} from '../../core/planning/plan-file.ts';
import { STORAGE_KEYS } from '../../core/planning/storage-keys.ts';
import { addRow, readFields, writeFields } from './form-fields.ts';

export interface ToolMessages {
  deleteConfirm: string;
  deleted: string;
  imported: string;
  exported: string;
  storageFailed: string;
  errors: Record<PlanFileError, string>;
}

export interface ToolHooks {
  /** Called after the answers changed: typed, restored, imported or deleted. */
  refresh?: () => void;
  /** Extra data exported beside the answers (Min plan's reading list). */
  readingList?: { load: () => string[]; save: (slugs: readonly string[]) => void };
}

/**
 * Wires a planning tool page: answers kept in localStorage as they are typed, print, export to a
 * file, import from one and delete. Nothing here talks to the network.
 */
export function initToolPage(root: HTMLElement, tool: ToolId, hooks: ToolHooks = {}): void {
  const form = root.querySelector<HTMLElement>('[data-tool-form]');
  const actions = root.querySelector<HTMLElement>('[data-tool-actions]');
  const status = root.querySelector<HTMLElement>('[data-tool-status]');
  if (!form || !actions || !status) throw new Error('Verktøysiden mangler skjema eller knapper');
  const messages = JSON.parse(root.dataset.messages ?? '{}') as ToolMessages;
  const key = STORAGE_KEYS.answers(tool);

  const say = (text: string, isError = false) => {
    status.textContent = text;
    status.classList.toggle('tool-actions__status--error', isError);
  };
  const save = () => {
    const answers = readFields(form);
    try {
      if (Object.keys(answers).length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(answers));
    } catch {
      say(messages.storageFailed, true);
    }
  };
  const show = (answers: Answers) => {
    writeFields(form, answers);
    hooks.refresh?.();
  };

  show(loadAnswers(key));
  form.addEventListener('input', () => {
    save();
    hooks.refresh?.();
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-add-row]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const group = root.querySelector<HTMLElement>(`[data-rows="${button.dataset.addRow}"]`);
      if (group) addRow(group)?.focus();
    });
  }

  for (const date of root.querySelectorAll<HTMLElement>('[data-print-date]')) {
    date.textContent = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long' }).format(new Date());
  }

  actions.querySelector('[data-tool-print]')?.addEventListener('click', () => window.print());

  actions.querySelector('[data-tool-export]')?.addEventListener('click', () => {
    const now = new Date();
    const file = toPlanFile(tool, readFields(form), hooks.readingList?.load() ?? [], now);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = planFileName(tool, now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(messages.exported);
  });

  const picker = actions.querySelector<HTMLInputElement>('[data-tool-import]');
  picker?.addEventListener('change', async () => {
    const chosen = picker.files?.[0];
    picker.value = '';
    if (!chosen) return;
    const parsed = parsePlanFile(await chosen.text(), tool);
    if (!parsed.ok) {
      say(messages.errors[parsed.error], true);
      return;
    }
    show(parsed.file.answers);
    save();
    hooks.readingList?.save(parsed.file.readingList);
    hooks.refresh?.();
    say(messages.imported);
  });

  actions.querySelector('[data-tool-delete]')?.addEventListener('click', () => {
    if (!window.confirm(messages.deleteConfirm)) return;
    try {
      localStorage.removeItem(key);
      hooks.readingList?.save([]);
    } catch {
      say(messages.storageFailed, true);
      return;
    }
    show({});
    say(messages.deleted);
  });

  // Let textareas grow on paper where CSS field-sizing is missing (Safari), so no answer is cut off.
  window.addEventListener('beforeprint', () => {
    for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea')) {
      if (area.value) area.style.height = `${area.scrollHeight + 4}px`;
    }
  });
  window.addEventListener('afterprint', () => {
    for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea')) area.style.removeProperty('height');
  });

  actions.hidden = false;
}

function loadAnswers(key: string): Answers {
  try {
    const stored = localStorage.getItem(key);
    if (!stored) return {};
    return readAnswers(JSON.parse(stored)) ?? {};
  } catch {
    return {};
  }
}
