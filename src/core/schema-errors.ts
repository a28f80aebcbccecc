/**
 * The one way a value that breaks its zod schema becomes Norwegian, wherever a person wrote it:
 * the article checker and linter, the facts desk, the suggestions and every validation of the
 * API (functions/shared/parse.ts). A check the schema words itself keeps its words; any other
 * gets the catalogue's message for its kind (src/core/text/nb/validation.json), and a missing
 * value «Fyll ut dette feltet.». Each field keeps its first problem, named by its dotted path.
 */
import * as z from 'zod/mini';
import { validationText } from './text/validation.ts';

/** What zod tells an error map about one broken check (the fields read here; classic and mini alike). */
type RawIssue = {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
  keys?: readonly string[];
};

/** The catalogue's message for a check the schema did not word: zod's error map, per parse or as its fallback. */
export function norwegianErrors(issue: RawIssue): string {
  const limits = { minimum: String(issue.minimum), maximum: String(issue.maximum) };
  const measured = issue.origin === 'array' || issue.origin === 'set' ? 'list' : issue.origin === 'string' ? 'text' : 'number';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return validationText('required');
      switch (issue.expected) {
        case 'date':
          return validationText('date');
        case 'array':
          return validationText('list');
        case 'boolean':
          return validationText('yesNo');
        case 'string':
          return validationText('text');
        case 'int':
          return validationText('wholeNumber');
        case 'number':
          return validationText('number');
        default:
          return validationText('notUnderstood');
      }
    case 'too_small':
      if (measured === 'text') return Number(issue.minimum) === 1 ? validationText('required') : validationText('tooShort', limits);
      return validationText(measured === 'list' ? 'tooFew' : 'tooSmall', limits);
    case 'too_big':
      return validationText(measured === 'text' ? 'tooLong' : measured === 'list' ? 'tooMany' : 'tooBig', limits);
    case 'invalid_value':
      return validationText('choice');
    case 'invalid_format':
      if (issue.format === 'url') return validationText('url');
      if (issue.format === 'email') return validationText('email');
      if (issue.format === 'date' || issue.format === 'datetime') return validationText('date');
      return validationText('pattern');
    case 'not_multiple_of':
      return validationText('wholeNumber');
    case 'unrecognized_keys':
      return validationText('unknownFields', { keys: (issue.keys ?? []).join(', ') });
    default:
      return validationText('notUnderstood');
  }
}

/** One field's problem: its place in the value, that place as a dotted name ('' for the whole value), and the message. */
export type SchemaProblem = { path: readonly PropertyKey[]; name: string; message: string };

/** The part of a zod error read here; classic and mini errors both have it. */
export type IssueList = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

/** The first problem of each field, in the order the schema met them. */
export function problemsOf(error: IssueList): SchemaProblem[] {
  const seen = new Map<string, SchemaProblem>();
  for (const issue of error.issues) {
    const name = issue.path.map(String).join('.');
    if (!seen.has(name)) seen.set(name, { path: issue.path, name, message: issue.message });
  }
  return [...seen.values()];
}

export type Validated<T> = { success: true; data: T } | { success: false; problems: SchemaProblem[] };

/** Checks `input` against `schema` (zod or zod/mini) and words what is wrong in Norwegian. */
export function validate<Schema extends z.core.$ZodType>(schema: Schema, input: unknown): Validated<z.infer<Schema>> {
  const result = z.safeParse(schema, input, { error: norwegianErrors });
  return result.success ? { success: true, data: result.data } : { success: false, problems: problemsOf(result.error) };
}
