import { readReadingList } from './reading-list.ts';

/**
 * The file a reader saves with «Lagre som fil» and opens again with «Hent fra fil», so a plan can
 * move between devices without any account. Plain JSON, readable by anyone who opens it.
 */

export type ToolId = 'min-plan' | 'hvem-gjor-hva';

/** Form answers by field name; ticked boxes are stored as their value. */
export type Answers = Record<string, string>;

export interface PlanFile {
  format: typeof FORMAT;
  tool: ToolId;
  version: 1;
  /** ISO time of the export, so two copies can be told apart. */
  saved: string;
  answers: Answers;
  /** «Mine sider å lese» (Min plan only): article slugs. */
  readingList: string[];
}

export type PlanFileError = 'unreadable' | 'wrong-tool' | 'too-large';

const FORMAT = 'alderdommens-abc';
/** Far above what the forms can hold, far below what would hang a tablet. */
export const MAX_FILE_BYTES = 512 * 1024;
const MAX_VALUE_LENGTH = 20_000;
const FIELD_NAME = /^[a-z0-9.-]{1,80}$/;

export function toPlanFile(tool: ToolId, answers: Answers, readingList: readonly string[], now: Date): PlanFile {
  return { format: FORMAT, tool, version: 1, saved: now.toISOString(), answers: { ...answers }, readingList: [...readingList] };
}

/** "min-plan-2026-11-30.json". */
export const planFileName = (tool: ToolId, now: Date): string => `${tool}-${now.toISOString().slice(0, 10)}.json`;

/**
 * Reads a file chosen with «Hent fra fil». Never throws: anything that is not a plan of this tool
 * gives an error code, so the page can say what went wrong and leave the current answers alone.
 */
export function parsePlanFile(text: string, tool: ToolId): { ok: true; file: PlanFile } | { ok: false; error: PlanFileError } {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  if (!isRecord(data) || data.format !== FORMAT || data.version !== 1) return { ok: false, error: 'unreadable' };
  if (data.tool !== 'min-plan' && data.tool !== 'hvem-gjor-hva') return { ok: false, error: 'unreadable' };
  if (data.tool !== tool) return { ok: false, error: 'wrong-tool' };
  const answers = readAnswers(data.answers);
  const readingList = readReadingList(data.readingList ?? []);
  if (!answers || !readingList) return { ok: false, error: 'unreadable' };
  return {
    ok: true,
    file: { format: FORMAT, tool, version: 1, saved: typeof data.saved === 'string' ? data.saved : '', answers, readingList },
  };
}

/** Answers as stored in the browser; anything else reads as no answers rather than an error. */
export function readAnswers(value: unknown): Answers | undefined {
  if (!isRecord(value)) return undefined;
  const answers: Answers = {};
  for (const [name, answer] of Object.entries(value)) {
    if (!FIELD_NAME.test(name) || typeof answer !== 'string' || answer.length > MAX_VALUE_LENGTH) return undefined;
    answers[name] = answer;
  }
  return answers;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
