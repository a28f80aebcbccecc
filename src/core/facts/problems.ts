/**
 * A fact's value checked against its schema, with one Norwegian message per field path
 * («openingHours.periods.0.to»), so the desk can put each beside its field. A field left empty
 * gets «Fyll ut dette feltet» rather than zod's word for a missing value.
 */
import type { z } from 'zod';
import { factText } from '../text/facts.ts';

export type FactProblem = { path: string; message: string };

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The parsed value (defaults filled in), or the problems, first message per path. */
export function checkFact<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; problems: FactProblem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && at(value, issue.path) === undefined;
    if (!problems.has(path)) problems.set(path, missing ? factText('error.required') : issue.message);
  }
  return { ok: false, problems: [...problems].map(([path, message]) => ({ path, message })) };
}
