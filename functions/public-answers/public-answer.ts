/**
 * What /svar-pa-forslag/ may show of a suggestion. An explicit allow-list: contact data lives in
 * its own item and never reaches this code, and nothing else added to a suggestion later leaks by
 * default. The sender's own words (text and heading) are shown only when they agreed to it, and
 * then as the editors' redacted version when there is one.
 */
import * as z from 'zod/mini';
import type { PublicAnswer, Suggestion } from '../../src/core/suggestions/types.ts';
import { parseWith } from '../shared/parse.ts';
import { apiText } from '../../src/core/text/api.ts';

export function toPublicAnswer(suggestion: Suggestion): PublicAnswer {
  return {
    id: suggestion.id,
    kind: suggestion.kind,
    status: suggestion.status,
    ...wordsShown(suggestion),
    ...(suggestion.topic !== undefined ? { topic: suggestion.topic } : {}),
    ...(suggestion.source.type === 'council' ? { council: suggestion.source.councilName } : {}),
    ...(suggestion.publicAnswer !== undefined ? { answer: suggestion.publicAnswer } : {}),
    createdAt: suggestion.createdAt,
    ...(suggestion.answeredAt !== undefined ? { answeredAt: suggestion.answeredAt } : {}),
    ...(suggestion.publishedPage !== undefined ? { changedPage: suggestion.publishedPage } : {}),
  };
}

/** The sender's words the public may read: none without consent; the redacted version, without the heading, when there is one. */
function wordsShown(suggestion: Suggestion): { title?: string; text?: string } {
  if (suggestion.publishText !== true) return {};
  if (suggestion.publicText !== undefined) return { text: suggestion.publicText };
  return { ...(suggestion.title !== undefined ? { title: suggestion.title } : {}), text: suggestion.text };
}

const limitMessage = apiText('query.limit');

export const pageQuerySchema = z.object({
  /** Items per page, 1–100, default 20. */
  limit: z._default(
    z.coerce.number({ error: limitMessage }).check(z.int({ error: limitMessage }), z.gte(1, limitMessage), z.lte(100, limitMessage)),
    20,
  ),
  /** Opaque cursor from the previous page's nextCursor. */
  cursor: z.optional(z.string().check(z.maxLength(2048, apiText('query.cursor')))),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

/** Reads `limit` and `cursor` from a query string; throws ValidationError. */
export function parsePageQuery(query: Record<string, string | undefined> | undefined): PageQuery {
  return parseWith(pageQuerySchema, { limit: query?.limit || undefined, cursor: query?.cursor || undefined });
}
