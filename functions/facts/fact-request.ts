/** The body of PUT /api/moderation/facts/{id} and the `{id}` path parameter, validated. No AWS here. */
import * as z from 'zod/mini';
import '../shared/zod-norwegian-fallback.ts';
import { BadRequestError, NotFoundError } from '../shared/errors.ts';
import { parseWith } from '../shared/parse.ts';
import { isFactId } from '../../src/core/facts/facts.ts';
import { NOTE_MAX } from '../../src/core/suggestions/limits.ts';
import { factText } from '../../src/core/text/facts.ts';

export const saveFactSchema = z.object({
  /** The fact's whole value, as its schema defines it (checked against that schema by the domain). */
  value: z.record(z.string(), z.unknown(), { error: factText('error.invalidBody') }),
  /** The version the editor started from: 0 for a fact with only its seed in git. */
  version: z.number({ error: factText('error.version') }).check(z.int(), z.gte(0, factText('error.version'))),
  /** What changed and why, kept with the revision. */
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX, factText('error.note', { max: NOTE_MAX })))),
  /** The revision this one restores. */
  restoredFrom: z.optional(z.number({ error: factText('error.restoredFrom') }).check(z.int(), z.gte(1, factText('error.restoredFrom')))),
});

export type SaveFactRequest = z.infer<typeof saveFactSchema>;

export function parseSaveFact(input: unknown): SaveFactRequest {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new BadRequestError('invalid-body', factText('error.invalidBody'));
  return parseWith(saveFactSchema, input);
}

/** The `{id}` path parameter; NotFoundError for anything that can't be a fact's id. */
export function pathFactId(value: string | undefined): string {
  const id = value ?? '';
  if (!isFactId(id)) throw new NotFoundError(factText('error.factNotFound'));
  return id;
}

/** `?version=n`, or undefined; NotFoundError for anything that is not a version number. */
export function askedVersion(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value)) throw new NotFoundError(factText('error.revisionNotFound'));
  return Number(value);
}
