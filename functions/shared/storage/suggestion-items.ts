/** How a suggestion, its contact data and its history are stored as items, and the one read of the raw item. */
import { GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Contact } from '../../../src/core/suggestions/contact.ts';
import type { HistoryEntry, Suggestion } from '../../../src/core/suggestions/types.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { send } from './send.ts';

const SUGGESTION_FIELDS = [
  'id',
  'reference',
  'kind',
  'text',
  'title',
  'topic',
  'fact',
  'source',
  'channel',
  'notify',
  'assignee',
  'status',
  'version',
  'createdAt',
  'updatedAt',
  'closedAt',
  'hasContact',
  'public',
  'publishText',
  'publicText',
  'publicAnswer',
  'answeredAt',
  'publishedPage',
] as const;

/** The stored suggestion: the suggestion and its latest change, written in the same put or update. */
export type SuggestionItem = Suggestion & { lastChange: HistoryEntry };

export function toSuggestion(item: Record<string, unknown>): Suggestion {
  const suggestion: Record<string, unknown> = {};
  for (const field of SUGGESTION_FIELDS) if (item[field] !== undefined) suggestion[field] = item[field];
  return suggestion as Suggestion;
}

export function toContact(item: Record<string, unknown>): Contact {
  const contact: Contact = {};
  if (typeof item.name === 'string') contact.name = item.name;
  if (typeof item.email === 'string') contact.email = item.email;
  if (typeof item.phone === 'string') contact.phone = item.phone;
  return contact;
}

export function toHistoryEntry(item: Record<string, unknown>): HistoryEntry {
  const { pk: _pk, sk: _sk, ...entry } = item;
  return entry as HistoryEntry;
}

/** The raw suggestion item, read consistently. */
export async function getSuggestionItem(ctx: StorageContext, id: string): Promise<SuggestionItem | undefined> {
  const output = await send<GetCommandOutput>(
    ctx.client,
    new GetCommand({ TableName: ctx.tableName, Key: ctx.keys.suggestion(id), ConsistentRead: true }),
  );
  return output.Item as SuggestionItem | undefined;
}
