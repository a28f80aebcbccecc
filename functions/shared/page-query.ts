/** The `limit` and `cursor` of every paged list the API answers (public answers, the queue, a council's suggestions, page feedback). */
import * as z from 'zod/mini';
import { parseWith } from './parse.ts';
import { apiText } from '../../src/core/text/api.ts';

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
