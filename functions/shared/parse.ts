/**
 * The one way handlers validate input: a zod schema in, typed data or a ValidationError naming
 * each bad field out, worded by the core's one formatter of schema errors
 * (src/core/schema-errors.ts). Importing this module also installs that formatter as zod's
 * fallback, so a schema checked anywhere in a function never answers in English.
 */
import type * as z from 'zod/mini';
import './zod-norwegian-fallback.ts';
import { BadRequestError, ValidationError, type FieldErrors } from './errors.ts';
import { problemsOf, validate, type IssueList, type SchemaProblem } from '../../src/core/schema-errors.ts';
import { apiText } from '../../src/core/text/api.ts';

/** `{ field: message }`, first message per field, dotted paths for nested ones; BadRequestError when the body as a whole is wrong. */
function fieldsOf(problems: readonly SchemaProblem[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const { name, message } of problems) {
    if (name === '') throw new BadRequestError('invalid-body', apiText('suggestion.invalidBody'));
    Object.defineProperty(fields, name, { value: message, enumerable: true, writable: true });
  }
  return fields;
}

/** Turns zod issues into `{ field: message }`, first message per field, dotted paths for nested ones. */
export function fieldErrors(error: IssueList): FieldErrors {
  return fieldsOf(problemsOf(error));
}

/**
 * Validates `input` against `schema`. Throws ValidationError naming each bad field, or
 * BadRequestError when the input as a whole is not what the schema describes (not an object).
 */
export function parseWith<Schema extends z.core.$ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = validate(schema, input);
  if (!result.success) throw new ValidationError(fieldsOf(result.problems));
  return result.data;
}
