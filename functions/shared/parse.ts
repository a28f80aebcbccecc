/**
 * The one way handlers validate input: a zod schema in, typed data or a ValidationError naming
 * each bad field out. Importing this module also installs zod's Norwegian fallback message, so
 * no module that validates has to remember it.
 */
import * as z from 'zod/mini';
import './zod-norwegian-fallback.ts';
import { BadRequestError, ValidationError, type FieldErrors } from './errors.ts';
import { apiText } from '../../src/core/text/api.ts';

/** The part of a zod error we read; classic and mini errors both have it. */
export type IssueList = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

/** Turns zod issues into `{ field: message }`, first message per field, dotted paths for nested ones. */
export function fieldErrors(error: IssueList): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (path === '') {
      throw new BadRequestError('invalid-body', apiText('suggestion.invalidBody'));
    }
    if (!Object.hasOwn(fields, path)) Object.defineProperty(fields, path, { value: issue.message, enumerable: true, writable: true });
  }
  return fields;
}

/**
 * Validates `input` against `schema`. Throws ValidationError naming each bad field, or
 * BadRequestError when the input as a whole is not what the schema describes (not an object).
 */
export function parseWith<Schema extends z.core.$ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = z.safeParse(schema, input);
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  return result.data;
}
