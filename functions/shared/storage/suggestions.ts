/**
 * Suggestion access patterns. Without transactions (dynalite has none) every change is one
 * conditional single-item write on the suggestion item, which also carries the change as
 * `lastChange`: the history item for it is written afterwards, and the next change first makes
 * sure it exists. So history is never lost or rewritten even if a Lambda dies between writes.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type GetCommandOutput, type QueryCommandOutput, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, VersionConflictError } from '../errors.ts';
import { errorFields, log } from '../log.ts';
import type { Contact } from '../../../src/core/suggestions/contact.ts';
import { CLOSED_STATUSES, SUGGESTION_STATUSES } from '../../../src/core/suggestions/statuses.ts';
import { decodeCursor, decodeSortKeyCursor, encodeCursor, encodeSortKeyCursor } from './cursor.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import type { StorageContext } from './context.ts';
import { keys, PUBLIC_INDEX, STATUS_INDEX, TTL_ATTRIBUTE } from './table.ts';
import type { ChangedField, HistoryEntry, Page, StatusCounts, Suggestion, SuggestionDetail, SuggestionKind, SuggestionStatus } from '../../../src/core/suggestions/types.ts';
import { apiText } from '../../../src/core/text/api.ts';

const SUGGESTION_FIELDS = ['id', 'kind', 'text', 'title', 'topic', 'source', 'status', 'version', 'createdAt', 'updatedAt', 'closedAt', 'hasContact', 'public', 'publicAnswer', 'answeredAt'] as const;

type SuggestionItem = Suggestion & { lastChange: HistoryEntry };

function toSuggestion(item: Record<string, unknown>): Suggestion {
  const suggestion: Record<string, unknown> = {};
  for (const field of SUGGESTION_FIELDS) if (item[field] !== undefined) suggestion[field] = item[field];
  return suggestion as Suggestion;
}

function toContact(item: Record<string, unknown>): Contact {
  const contact: Contact = {};
  if (typeof item.name === 'string') contact.name = item.name;
  if (typeof item.email === 'string') contact.email = item.email;
  if (typeof item.phone === 'string') contact.phone = item.phone;
  return contact;
}

function toHistoryEntry(item: Record<string, unknown>): HistoryEntry {
  const { pk: _pk, sk: _sk, ...entry } = item;
  return entry as HistoryEntry;
}

export type CreateSuggestionInput = Pick<Suggestion, 'id' | 'kind' | 'text' | 'title' | 'topic' | 'source'> & { contact?: Contact };

export type UpdateSuggestionInput = {
  /** The version the editor saw; anything else is a conflict. */
  expectedVersion: number;
  actor: string;
  note?: string;
  status?: SuggestionStatus;
  public?: boolean;
  /** A string sets the public answer, null removes it. */
  publicAnswer?: string | null;
};

export type ListSuggestionsInput = {
  status: SuggestionStatus;
  kind?: SuggestionKind;
  councilId?: string;
  topic?: string;
  /** 1–100. */
  limit: number;
  cursor?: string;
};

const STATUS_CURSOR_KEYS = ['pk', 'sk', 'gsi1pk', 'gsi1sk'] as const;
const PUBLIC_CURSOR_KEYS = ['pk', 'sk', 'gsi2pk', 'gsi2sk'] as const;
/** Upper bound on index pages read for one filtered listing page. */
const MAX_QUERY_ROUNDS = 20;

/** The queue's optional filters as a FilterExpression; values also carry what the caller adds. */
function queueFilter(input: Pick<ListSuggestionsInput, 'kind' | 'councilId' | 'topic'>): {
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
  if (filters.length === 0) return { values };
  // DynamoDB refuses an empty ExpressionAttributeNames, which a topic-only filter would send.
  return { FilterExpression: filters.join(' AND '), ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}), values };
}

export function suggestionStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;
  const expiresAtFor = (closedAt: string) => Math.floor(Date.parse(closedAt) / 1000) + ctx.contactRetentionDays * 86_400;

  async function getItem(id: string): Promise<SuggestionItem | undefined> {
    const output = await send<GetCommandOutput>(client, new GetCommand({ TableName: tableName, Key: keys.suggestion(id), ConsistentRead: true }));
    return output.Item as SuggestionItem | undefined;
  }

  /** Writes the history item for a change; a second write of the same version is a no-op. */
  async function persistHistory(id: string, entry: HistoryEntry): Promise<void> {
    await sendUnlessAlreadyDone(client, new PutCommand({
      TableName: tableName,
      Item: { ...keys.history(id, entry.version), ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    }));
  }

  async function putContactOnce(id: string, contact: Contact): Promise<void> {
    await sendUnlessAlreadyDone(client, new PutCommand({ TableName: tableName, Item: { ...keys.contact(id), ...contact }, ConditionExpression: 'attribute_not_exists(pk)' }));
  }

  /** Gives a closed suggestion's contact item its TTL; a missing contact item is fine. */
  async function expireContact(id: string, closedAt: string): Promise<void> {
    await sendUnlessAlreadyDone(client, new UpdateCommand({
      TableName: tableName,
      Key: keys.contact(id),
      UpdateExpression: 'SET #ttl = :ttl',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ':ttl': expiresAtFor(closedAt) },
    }));
  }

  /** Follow-up writes whose loss is repaired later (lastChange, read-time expiry), so they only log. */
  async function bestEffort(what: string, id: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      log.warn(`${what} deferred`, { suggestionId: id, ...errorFields(error) });
    }
  }

  /**
   * Stores a new suggestion under `id`, once. If the id exists (a retried idempotent request),
   * nothing is overwritten and `created` is false; contact data lost by an earlier half-finished
   * attempt is put back, unless an editor erased it since.
   */
  async function createSuggestion(input: CreateSuggestionInput): Promise<{ created: boolean; suggestion: Suggestion }> {
    const at = ctx.now().toISOString();
    const lastChange: HistoryEntry = { version: 1, at, actor: 'submitter', action: 'created', toStatus: 'new' };
    const item: SuggestionItem = {
      id: input.id,
      kind: input.kind,
      text: input.text,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.topic !== undefined ? { topic: input.topic } : {}),
      source: input.source,
      status: 'new',
      version: 1,
      createdAt: at,
      updatedAt: at,
      hasContact: input.contact !== undefined,
      public: false,
      lastChange,
    };
    try {
      await send(client, new PutCommand({
        TableName: tableName,
        Item: { ...keys.suggestion(input.id), gsi1pk: keys.statusPartition('new'), gsi1sk: keys.newestFirst(at, input.id), ...item },
        ConditionExpression: 'attribute_not_exists(pk)',
      }));
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await getItem(input.id);
      if (!existing) throw error;
      if (input.contact && existing.hasContact) await putContactOnce(input.id, input.contact);
      return { created: false, suggestion: toSuggestion(existing) };
    }
    if (input.contact) await putContactOnce(input.id, input.contact);
    return { created: true, suggestion: toSuggestion(item) };
  }

  async function getSuggestion(id: string): Promise<Suggestion | undefined> {
    const item = await getItem(id);
    return item ? toSuggestion(item) : undefined;
  }

  /** The suggestion with its contact data (unless expired or erased) and full history, oldest first. */
  async function getSuggestionDetail(id: string): Promise<SuggestionDetail | undefined> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const output: QueryCommandOutput = await send(client, new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.suggestionPartition(id) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }));
      items.push(...(output.Items ?? []));
      startKey = output.LastEvaluatedKey;
    } while (startKey);

    const meta = items.find((item) => item.sk === 'META') as SuggestionItem | undefined;
    if (!meta) return undefined;
    const nowSeconds = Math.floor(ctx.now().getTime() / 1000);
    const contactItem = items.find((item) => item.sk === 'CONTACT');
    const expiresAt = contactItem?.[TTL_ATTRIBUTE] ?? (meta.closedAt ? expiresAtFor(meta.closedAt) : undefined);
    const contactAlive = contactItem !== undefined && meta.hasContact && (typeof expiresAt !== 'number' || expiresAt > nowSeconds);
    if (contactItem && meta.closedAt && contactItem[TTL_ATTRIBUTE] === undefined) {
      await bestEffort('contact expiry', id, () => expireContact(id, meta.closedAt!));
    }

    const history = items.filter((item) => String(item.sk).startsWith('HISTORY#')).map(toHistoryEntry);
    if (!history.some((entry) => entry.version === meta.lastChange.version)) history.push(meta.lastChange);
    history.sort((a, b) => a.version - b.version);

    return { ...toSuggestion(meta), contact: contactAlive ? toContact(contactItem) : null, history };
  }

  /**
   * Applies an editor's change if `expectedVersion` is still current. Throws NotFoundError,
   * or VersionConflictError when someone else changed it first. Transition rules are the
   * caller's (domain) business; this only records from → to.
   */
  async function updateSuggestion(id: string, input: UpdateSuggestionInput): Promise<Suggestion> {
    const current = await getItem(id);
    if (!current) throw new NotFoundError(apiText('error.suggestionNotFound'));
    if (current.version !== input.expectedVersion) throw new VersionConflictError();
    await persistHistory(id, current.lastChange);

    const at = ctx.now().toISOString();
    const version = current.version + 1;
    const changed: ChangedField[] = [];
    const set: string[] = ['#version = :version', 'updatedAt = :at', 'lastChange = :lastChange'];
    const remove: string[] = [];
    const names: Record<string, string> = { '#version': 'version' };
    const values: Record<string, unknown> = { ':version': version, ':expected': current.version, ':at': at };

    const statusChanged = input.status !== undefined && input.status !== current.status;
    const closing = statusChanged && CLOSED_STATUSES.has(input.status!) && current.closedAt === undefined;
    if (statusChanged) {
      changed.push('status');
      names['#status'] = 'status';
      set.push('#status = :status', 'gsi1pk = :gsi1pk');
      values[':status'] = input.status;
      values[':gsi1pk'] = keys.statusPartition(input.status!);
      if (closing) set.push('closedAt = :at');
    }
    if (input.public !== undefined && input.public !== current.public) {
      changed.push('public');
      names['#public'] = 'public';
      set.push('#public = :public');
      values[':public'] = input.public;
      if (input.public) {
        set.push('gsi2pk = :gsi2pk', 'gsi2sk = :gsi2sk');
        values[':gsi2pk'] = keys.publicPartition;
        values[':gsi2sk'] = keys.newestFirst(current.createdAt, id);
      } else {
        remove.push('gsi2pk', 'gsi2sk');
      }
    }
    if (input.publicAnswer !== undefined && input.publicAnswer !== (current.publicAnswer ?? null)) {
      changed.push('publicAnswer');
      if (input.publicAnswer === null) remove.push('publicAnswer', 'answeredAt');
      else {
        set.push('publicAnswer = :answer', 'answeredAt = :at');
        values[':answer'] = input.publicAnswer;
      }
    }

    const lastChange: HistoryEntry = {
      version,
      at,
      actor: input.actor,
      action: 'updated',
      ...(statusChanged ? { fromStatus: current.status, toStatus: input.status! } : {}),
      ...(changed.length > 0 ? { changed } : {}),
      ...(input.note !== undefined && input.note !== '' ? { note: input.note } : {}),
    };
    values[':lastChange'] = lastChange;

    let output: UpdateCommandOutput;
    try {
      output = await send(client, new UpdateCommand({
        TableName: tableName,
        Key: keys.suggestion(id),
        UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }));
    } catch (error) {
      if (isConditionFailure(error)) throw new VersionConflictError();
      throw error;
    }
    await bestEffort('history', id, () => persistHistory(id, lastChange));
    if (closing && current.hasContact) await bestEffort('contact expiry', id, () => expireContact(id, at));
    return toSuggestion(output.Attributes ?? {});
  }

  /**
   * Deletes the suggestion's contact data at once and records who erased it and when.
   * Retries on concurrent edits, since erasure must not fail because of an unrelated change.
   * Throws NotFoundError for an unknown id.
   */
  async function eraseContact(id: string, actor: string): Promise<Suggestion> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await getItem(id);
      if (!current) throw new NotFoundError(apiText('error.suggestionNotFound'));
      await send(client, new DeleteCommand({ TableName: tableName, Key: keys.contact(id) }));
      if (!current.hasContact) return toSuggestion(current);
      await persistHistory(id, current.lastChange);
      const at = ctx.now().toISOString();
      const lastChange: HistoryEntry = { version: current.version + 1, at, actor, action: 'contact-erased' };
      try {
        const output: UpdateCommandOutput = await send(client, new UpdateCommand({
          TableName: tableName,
          Key: keys.suggestion(id),
          UpdateExpression: 'SET hasContact = :false, #version = :version, updatedAt = :at, lastChange = :lastChange',
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':false': false, ':version': lastChange.version, ':expected': current.version, ':at': at, ':lastChange': lastChange },
          ReturnValues: 'ALL_NEW',
        }));
        await bestEffort('history', id, () => persistHistory(id, lastChange));
        return toSuggestion(output.Attributes ?? {});
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new VersionConflictError();
  }

  /** One status, newest first, optionally filtered by kind, council and article. */
  async function listSuggestions(input: ListSuggestionsInput): Promise<Page<Suggestion>> {
    const partition = keys.statusPartition(input.status);
    let startKey: Record<string, unknown> | undefined = decodeCursor(input.cursor, STATUS_CURSOR_KEYS, 'gsi1pk', partition);
    const { values, ...filter } = queueFilter(input);
    const items: Suggestion[] = [];
    for (let round = 0; round < MAX_QUERY_ROUNDS && items.length < input.limit; round += 1) {
      const output: QueryCommandOutput = await send(client, new QueryCommand({
        TableName: tableName,
        IndexName: STATUS_INDEX,
        KeyConditionExpression: 'gsi1pk = :pk',
        ...filter,
        ExpressionAttributeValues: { ...values, ':pk': partition },
        ScanIndexForward: false,
        Limit: input.limit - items.length,
        ExclusiveStartKey: startKey,
      }));
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
    const partitions = await Promise.all(SUGGESTION_STATUSES.map(async (status) => {
      const items: Record<string, unknown>[] = [];
      let startKey: Record<string, unknown> | undefined;
      for (let round = 0; round < MAX_QUERY_ROUNDS && items.length < input.limit; round += 1) {
        const output: QueryCommandOutput = await send(client, new QueryCommand({
          TableName: tableName,
          IndexName: STATUS_INDEX,
          KeyConditionExpression: before ? 'gsi1pk = :pk AND gsi1sk < :before' : 'gsi1pk = :pk',
          ...filter,
          ExpressionAttributeValues: { ...values, ':pk': keys.statusPartition(status), ...(before ? { ':before': before } : {}) },
          ScanIndexForward: false,
          Limit: input.limit - items.length,
          ExclusiveStartKey: startKey,
        }));
        items.push(...(output.Items ?? []));
        startKey = output.LastEvaluatedKey;
        if (!startKey) break;
      }
      // A partition that ran out of rounds is only known down to where it stopped.
      return { items, more: startKey !== undefined, stoppedAt: startKey && items.length < input.limit ? String(startKey.gsi1sk) : undefined };
    }));
    const cut = partitions.reduce<string | undefined>((max, partition) => (partition.stoppedAt !== undefined && (max === undefined || partition.stoppedAt > max) ? partition.stoppedAt : max), undefined);
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
    const counts = await Promise.all(SUGGESTION_STATUSES.map(async (status) => {
      let count = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const output: QueryCommandOutput = await send(client, new QueryCommand({
          TableName: tableName,
          IndexName: STATUS_INDEX,
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.statusPartition(status) },
          Select: 'COUNT',
          ExclusiveStartKey: startKey,
        }));
        count += output.Count ?? 0;
        startKey = output.LastEvaluatedKey;
      } while (startKey);
      return [status, count] as const;
    }));
    return Object.fromEntries(counts) as StatusCounts;
  }

  /** Suggestions editors marked public, newest first. Callers map them to the public shape. */
  async function listPublicSuggestions(input: { limit: number; cursor?: string }): Promise<Page<Suggestion>> {
    const output: QueryCommandOutput = await send(client, new QueryCommand({
      TableName: tableName,
      IndexName: PUBLIC_INDEX,
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.publicPartition },
      ScanIndexForward: false,
      Limit: input.limit,
      ExclusiveStartKey: decodeCursor(input.cursor, PUBLIC_CURSOR_KEYS, 'gsi2pk', keys.publicPartition),
    }));
    const nextCursor = encodeCursor(output.LastEvaluatedKey);
    return { items: (output.Items ?? []).map(toSuggestion), ...(nextCursor ? { nextCursor } : {}) };
  }

  return { createSuggestion, getSuggestion, getSuggestionDetail, updateSuggestion, eraseContact, listSuggestions, listAllSuggestions, countSuggestionsByStatus, listPublicSuggestions };
}
