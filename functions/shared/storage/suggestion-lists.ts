/**
 * The suggestions' lists: the editors' queue by status or all at once, the counts per status, and
 * the public answers. Apart from the storage every function carries (createStorage), so functions
 * that never list suggestions don't bundle them.
 */
import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { SUGGESTION_STATUSES } from '../../../src/core/suggestions/statuses.ts';
import type { ListSuggestionsInput, Page, StatusCounts, Suggestion } from '../../../src/core/suggestions/types.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { decodeCursor, decodeSortKeyCursor, encodeCursor, encodeSortKeyCursor } from './cursor.ts';
import { countAll, queryAll } from './paging.ts';
import { send } from './send.ts';
import { toSuggestion } from './suggestion-items.ts';
import { PUBLIC_INDEX, STATUS_INDEX } from '../table-contract.ts';

const STATUS_CURSOR_KEYS = ['pk', 'sk', 'gsi1pk', 'gsi1sk'] as const;
const PUBLIC_CURSOR_KEYS = ['pk', 'sk', 'gsi2pk', 'gsi2sk'] as const;
/** Upper bound on index pages read for one filtered listing page. */
const MAX_QUERY_ROUNDS = 20;

/** The queue's optional filters as a FilterExpression; values also carry what the caller adds. */
function queueFilter(input: Pick<ListSuggestionsInput, 'kind' | 'councilId' | 'topic' | 'fact' | 'text'>): {
  FilterExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  values: Record<string, unknown>;
} {
  const filters: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (input.kind) {
    filters.push('#kind = :kind');
    names['#kind'] = 'kind';
    values[':kind'] = input.kind;
  }
  if (input.councilId) {
    filters.push('#source.councilId = :council');
    names['#source'] = 'source';
    values[':council'] = input.councilId;
  }
  if (input.topic) {
    filters.push('topic = :topic');
    values[':topic'] = input.topic;
  }
  if (input.fact) {
    filters.push('fact = :fact');
    values[':fact'] = input.fact;
  }
  if (input.text) {
    filters.push('contains(#text, :text)');
    names['#text'] = 'text';
    values[':text'] = input.text;
  }
  if (filters.length === 0) return { values };
  // DynamoDB refuses an empty ExpressionAttributeNames, which a topic-only filter would send.
  return { FilterExpression: filters.join(' AND '), ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}), values };
}

export function suggestionLists(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** One status, newest first, optionally filtered by kind, council and article. */
  async function listSuggestions(input: ListSuggestionsInput): Promise<Page<Suggestion>> {
    const partition = ctx.keys.statusPartition(input.status);
    let startKey: Record<string, unknown> | undefined = decodeCursor(input.cursor, STATUS_CURSOR_KEYS, 'gsi1pk', partition);
    const { values, ...filter } = queueFilter(input);
    const items: Suggestion[] = [];
    for (let round = 0; round < MAX_QUERY_ROUNDS && items.length < input.limit; round += 1) {
      const output: QueryCommandOutput = await send(
        client,
        new QueryCommand({
          TableName: tableName,
          IndexName: STATUS_INDEX,
          KeyConditionExpression: 'gsi1pk = :pk',
          ...filter,
          ExpressionAttributeValues: { ...values, ':pk': partition },
          ScanIndexForward: false,
          Limit: input.limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(output.Items ?? []).map(toSuggestion));
      startKey = output.LastEvaluatedKey;
      if (!startKey) break;
    }
    const nextCursor = encodeCursor(startKey);
    return { items, ...(nextCursor ? { nextCursor } : {}) };
  }

  /**
   * Every status at once, newest first, with the same filters. The newest `limit` items older
   * than the cursor are among the newest `limit` of each status partition, so each partition is
   * read that far and the results merged. The cursor is the index sort key of the last item.
   */
  async function listAllSuggestions(input: Omit<ListSuggestionsInput, 'status'>): Promise<Page<Suggestion>> {
    const before = decodeSortKeyCursor(input.cursor);
    const { values, ...filter } = queueFilter(input);
    const partitions = await Promise.all(
      SUGGESTION_STATUSES.map(async (status) => {
        const items: Record<string, unknown>[] = [];
        let startKey: Record<string, unknown> | undefined;
        for (let round = 0; round < MAX_QUERY_ROUNDS && items.length < input.limit; round += 1) {
          const output: QueryCommandOutput = await send(
            client,
            new QueryCommand({
              TableName: tableName,
              IndexName: STATUS_INDEX,
              KeyConditionExpression: before ? 'gsi1pk = :pk AND gsi1sk < :before' : 'gsi1pk = :pk',
              ...filter,
              ExpressionAttributeValues: { ...values, ':pk': ctx.keys.statusPartition(status), ...(before ? { ':before': before } : {}) },
              ScanIndexForward: false,
              Limit: input.limit - items.length,
              ExclusiveStartKey: startKey,
            }),
          );
          items.push(...(output.Items ?? []));
          startKey = output.LastEvaluatedKey;
          if (!startKey) break;
        }
        // A partition that ran out of rounds is only known down to where it stopped.
        return {
          items,
          more: startKey !== undefined,
          stoppedAt: startKey && items.length < input.limit ? String(startKey.gsi1sk) : undefined,
        };
      }),
    );
    const cut = partitions.reduce<string | undefined>(
      (max, partition) =>
        partition.stoppedAt !== undefined && (max === undefined || partition.stoppedAt > max) ? partition.stoppedAt : max,
      undefined,
    );
    const merged = partitions
      .flatMap((partition) => partition.items)
      .filter((item) => cut === undefined || String(item.gsi1sk) >= cut)
      .sort((a, b) => (String(a.gsi1sk) < String(b.gsi1sk) ? 1 : -1));
    const page = merged.slice(0, input.limit);
    const more = merged.length > page.length || partitions.some((partition) => partition.more);
    const last = page.length > 0 ? String(page.at(-1)!.gsi1sk) : cut;
    const nextCursor = more && last !== undefined ? encodeSortKeyCursor(last) : undefined;
    return { items: page.map(toSuggestion), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** Exact number of suggestions in each status (for the queue's tabs). */
  async function countSuggestionsByStatus(): Promise<StatusCounts> {
    const counts = await Promise.all(
      SUGGESTION_STATUSES.map(async (status) => {
        const count = await countAll(client, {
          TableName: tableName,
          IndexName: STATUS_INDEX,
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': ctx.keys.statusPartition(status) },
        });
        return [status, count] as const;
      }),
    );
    return Object.fromEntries(counts) as StatusCounts;
  }

  /** Suggestions editors marked public, newest first. Callers map them to the public shape. */
  async function listPublicSuggestions(input: { limit: number; cursor?: string }): Promise<Page<Suggestion>> {
    const output: QueryCommandOutput = await send(
      client,
      new QueryCommand({
        TableName: tableName,
        IndexName: PUBLIC_INDEX,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': ctx.keys.publicPartition },
        ScanIndexForward: false,
        Limit: input.limit,
        ExclusiveStartKey: decodeCursor(input.cursor, PUBLIC_CURSOR_KEYS, 'gsi2pk', ctx.keys.publicPartition),
      }),
    );
    const nextCursor = encodeCursor(output.LastEvaluatedKey);
    return { items: (output.Items ?? []).map(toSuggestion), ...(nextCursor ? { nextCursor } : {}) };
  }

  /**
   * When each suggestion created from `from` to `to` (instants, ISO) came, was answered and was
   * closed: every status's index partition by that range of its sort key, only those three fields read.
   */
  async function suggestionTimesBetween(from: string, to: string): Promise<Pick<Suggestion, 'createdAt' | 'answeredAt' | 'closedAt'>[]> {
    const partitions = await Promise.all(
      SUGGESTION_STATUSES.map((status) =>
        queryAll(client, {
          TableName: tableName,
          IndexName: STATUS_INDEX,
          // The sort key is «<createdAt>#<id>»: `~` lies above every id character, so the last instant is whole.
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ProjectionExpression: 'createdAt, answeredAt, closedAt',
          ExpressionAttributeValues: { ':pk': ctx.keys.statusPartition(status), ':from': from, ':to': `${to}~` },
        }),
      ),
    );
    return partitions.flat().map((item) => ({
      createdAt: String(item.createdAt),
      ...(typeof item.answeredAt === 'string' ? { answeredAt: item.answeredAt } : {}),
      ...(typeof item.closedAt === 'string' ? { closedAt: item.closedAt } : {}),
    }));
  }

  return { listSuggestions, listAllSuggestions, countSuggestionsByStatus, listPublicSuggestions, suggestionTimesBetween };
}
