/**
 * A fact's value checked against its schema, with one Norwegian message per field path
 * («openingHours.periods.0.to»), so the desk can put each beside its field. The messages come
 * from the one formatter every schema error goes through (src/core/schema-errors.ts): the
 * schema's own words, or «Fyll ut dette feltet.» for a field left empty.
 */
import type { z } from 'zod';
import { validate } from '../schema-errors.ts';

export type FactProblem = { path: string; message: string };

/** The parsed value (defaults filled in), or the problems, first message per path. */
export function checkFact<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; problems: FactProblem[] } {
  const result = validate(schema, value);
  if (result.success) return { ok: true, value: result.data as T };
  return { ok: false, problems: result.problems.map(({ name, message }) => ({ path: name, message })) };
}
