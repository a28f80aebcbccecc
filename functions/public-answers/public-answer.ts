/**
 * What /forslag/ may show of a suggestion. An explicit allow-list: contact data lives in its own
 * item and never reaches this code, and nothing else added to a suggestion later leaks by default.
 */
import * as z from 'zod/mini';
import '../shared/zod-norwegian-fallback.ts';
import { ValidationError } from '../shared/errors.ts';
import type { PublicAnswer, Suggestion } from '../../src/core/suggestions/types.ts';
import { fieldErrors } from '../suggestions/suggestion.ts';
import { apiText } from '../../src/core/text/api.ts';


export function toPublicAnswer(suggestion: Suggestion): PublicAnswer {
  return {
    id: suggestion.id,
    kind: suggestion.kind,
    status: suggestion.status,
    ...(suggestion.title !== undefined ? { title: suggestion.title } : {}),
    text: suggestion.text,
    ...(suggestion.topic !== undefined ? { topic: suggestion.topic } : {}),
    ...(suggestion.source.type === 'council' ? { council: suggestion.source.councilName } : {}),
    ...(suggestion.publicAnswer !== undefined ? { answer: suggestion.publicAnswer } : {}),
    createdAt: suggestion.createdAt,
    ...(suggestion.answeredAt !== undefined ? { answeredAt: suggestion.answeredAt } : {}),
  };
}

const limitMessage = apiText('query.limit');

export const pageQuerySchema = z.object({
  /** Items per page, 1–100, default 20. */
  limit: z._default(z.coerce.number({ error: limitMessage }).check(z.int({ error: limitMessage }), z.gte(1, limitMessage), z.lte(100, limitMessage)), 20),
  /** Opaque cursor from the previous page's nextCursor. */
  cursor: z.optional(z.string().check(z.maxLength(2048, apiText('query.cursor')))),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

/** Reads `limit` and `cursor` from a query string; throws ValidationError. */
export function parsePageQuery(query: Record<string, string | undefined> | undefined): PageQuery {
  const result = pageQuerySchema.safeParse({ limit: query?.limit || undefined, cursor: query?.cursor || undefined });
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  return result.data;
}
