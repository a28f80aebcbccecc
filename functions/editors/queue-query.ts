/** The query strings of the queue listing and the CSV export. No AWS here. */
import * as z from 'zod/mini';
import type { ListSuggestionsInput } from '../../src/core/suggestions/types.ts';
import { pageQuerySchema } from '../shared/page-query.ts';
import { parseWith } from '../shared/parse.ts';
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
  /** Fact id: only corrections of that fact, as the facts desk lists them. */
  fact: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,60}$/, apiText('query.fact')))),
  /** A reference (finds that one suggestion, whatever its status) or words in the text. */
  q: z.optional(z.string().check(z.maxLength(200, apiText('query.search')))),
};

export const queueQuerySchema = z.extend(pageQuerySchema, filters);

/** "true" only when the editor ticked "ta med kontaktopplysninger". */
const includeContact = z.pipe(
  z._default(z.enum(['true', 'false'], { error: apiText('query.contact') }), 'false'),
  z.transform((value: 'true' | 'false') => value === 'true'),
);

export const exportQuerySchema = z.object({ ...filters, contact: includeContact });

export const archiveQuerySchema = z.object({ contact: includeContact });

export type QueueQuery = z.infer<typeof queueQuerySchema>;
export type ExportQuery = z.infer<typeof exportQuerySchema>;
export type ArchiveQuery = z.infer<typeof archiveQuerySchema>;

/** The filters in the shape the storage module takes. */
export function storageFilters(
  query: Pick<QueueQuery, 'kind' | 'council' | 'topic' | 'fact' | 'q'>,
): Pick<ListSuggestionsInput, 'kind' | 'councilId' | 'topic' | 'fact' | 'text'> {
  return {
    ...(query.q?.trim() ? { text: query.q.trim() } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.council ? { councilId: query.council } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.fact ? { fact: query.fact } : {}),
  };
}

/** Empty parameters count as absent, as a plain GET form sends them. */
function present(query: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

function parse<T extends z.ZodMiniType>(schema: T, query: Record<string, string | undefined> | undefined): z.infer<T> {
  return parseWith(schema, present(query));
}

/** Throws ValidationError naming the bad parameter. */
export const parseQueueQuery = (query: Record<string, string | undefined> | undefined): QueueQuery => parse(queueQuerySchema, query);

/** Throws ValidationError naming the bad parameter. */
export const parseExportQuery = (query: Record<string, string | undefined> | undefined): ExportQuery => parse(exportQuerySchema, query);

/** Throws ValidationError naming the bad parameter. */
export const parseArchiveQuery = (query: Record<string, string | undefined> | undefined): ArchiveQuery => parse(archiveQuerySchema, query);
