/** The query strings of the queue listing and the CSV export. No AWS here. */
import * as z from 'zod/mini';
import '../shared/zod-norwegian-fallback.ts';
import { ValidationError } from '../shared/errors.ts';
import type { ListSuggestionsInput } from '../shared/storage/index.ts';
import { pageQuerySchema } from '../public-answers/public-answer.ts';
import { fieldErrors } from '../suggestions/suggestion.ts';
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from '../../src/core/suggestions/statuses.ts';
import { apiText } from '../../src/core/text/api.ts';

const filters = {
  /** One status tab; without it, every status. */
  status: z.optional(z.enum(SUGGESTION_STATUSES, { error: apiText('query.status') })),
  kind: z.optional(z.enum(SUGGESTION_KINDS, { error: apiText('query.kind') })),
  /** Council id: only suggestions sent on behalf of that council. */
  council: z.optional(z.string().check(z.regex(/^[\w-]{1,64}$/, apiText('query.council')))),
  /** Article slug: only suggestions about that article. */
  topic: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,200}$/, apiText('query.topic')))),
};

export const queueQuerySchema = z.extend(pageQuerySchema, filters);

export const exportQuerySchema = z.object({
  ...filters,
  /** "true" only when the editor ticked "ta med kontaktopplysninger". */
  contact: z.pipe(z._default(z.enum(['true', 'false'], { error: apiText('query.contact') }), 'false'), z.transform((value: 'true' | 'false') => value === 'true')),
});

export type QueueQuery = z.infer<typeof queueQuerySchema>;
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** The filters in the shape the storage module takes. */
export function storageFilters(query: Pick<QueueQuery, 'kind' | 'council' | 'topic'>): Pick<ListSuggestionsInput, 'kind' | 'councilId' | 'topic'> {
  return {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.council ? { councilId: query.council } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
  };
}

/** Empty parameters count as absent, as a plain GET form sends them. */
function present(query: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

function parse<T extends z.ZodMiniType>(schema: T, query: Record<string, string | undefined> | undefined): z.infer<T> {
  const result = schema.safeParse(present(query));
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  return result.data;
}

/** Throws ValidationError naming the bad parameter. */
export const parseQueueQuery = (query: Record<string, string | undefined> | undefined): QueueQuery => parse(queueQuerySchema, query);

/** Throws ValidationError naming the bad parameter. */
export const parseExportQuery = (query: Record<string, string | undefined> | undefined): ExportQuery => parse(exportQuerySchema, query);
