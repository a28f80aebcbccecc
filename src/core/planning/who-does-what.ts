import type { MessageKey } from '../text/t.ts';

/**
 * «Hvem gjør hva», the template for forventningsavklaring: who takes part, who does which task,
 * what each side expects, signatures and the next review. Field names here are the keys of saved
 * and exported files, so never rename one.
 */

/** Rows of the party table printed even on a blank form; more can be added. */
export const PARTY_ROWS = [
  { role: 'bruker', label: 'planning.who.party.bruker' },
  { role: 'parorende', label: 'planning.who.party.parorende' },
  { role: 'parorende', label: 'planning.who.party.parorende' },
  { role: 'parorende', label: 'planning.who.party.parorende' },
  { role: 'kommune', label: 'planning.who.party.kommune' },
  { role: 'kommune', label: 'planning.who.party.kommune' },
  { role: 'frivillig', label: 'planning.who.party.frivillig' },
] as const satisfies readonly { role: string; label: MessageKey }[];

/** The everyday tasks the strategic plan's forventningsavklaring goes through. */
export const TASKS = [
  'handle',
  'mat',
  'medisiner',
  'hygiene',
  'rengjoring',
  'lege',
  'okonomi',
  'nav',
  'sosial',
  'natt',
  'helg',
  'varsling',
] as const;

export const taskLabel = (task: (typeof TASKS)[number]): MessageKey => `planning.who.task.${task}` as MessageKey;

/** Blank rows for own tasks on the printed form; the reader can add more. */
export const OWN_TASK_ROWS = 3;

/** Columns every task row has, after the task itself. */
export const TASK_COLUMNS = [
  { id: 'who', label: 'planning.who.responsible', multiline: false },
  { id: 'often', label: 'planning.who.often', multiline: false },
  // Notes wrap over several lines, on screen and on paper.
  { id: 'notes', label: 'planning.who.notes', multiline: true },
] as const satisfies readonly { id: string; label: MessageKey; multiline: boolean }[];
