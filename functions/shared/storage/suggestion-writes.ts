/**
 * Writing suggestions. Without transactions (dynalite has none) every change is one conditional
 * single-item write on the suggestion item, which also carries the change as `lastChange`: the
 * history item for it is written afterwards, and the next change first makes sure it exists. So
 * history is never lost or rewritten even if a Lambda dies between writes. Contact data is its
 * own item, written BEFORE the suggestion as «pending» with a TTL: a crash before the suggestion
 * exists leaves only that orphan, never shown and deleted by its TTL; the suggestion's write is
 * the commit, and then the contact loses its TTL (again on any retry or read that finds it
 * pending) until the suggestion closes.
 */
import { PutCommand, UpdateCommand, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, VersionConflictError } from '../errors.ts';
import { errorFields, log } from '../log.ts';
import type { Contact } from '../../../src/core/suggestions/contact.ts';
import type {
  ChangedField,
  CreateSuggestionInput,
  HistoryEntry,
  Suggestion,
  SuggestionUpdate,
} from '../../../src/core/suggestions/types.ts';
import { CLOSED_STATUSES } from '../../../src/core/suggestions/statuses.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import { getSuggestionItem, toSuggestion, type SuggestionItem } from './suggestion-items.ts';
import { PENDING_ATTRIBUTE } from './table.ts';
import { TTL_ATTRIBUTE } from '../table-contract.ts';
import { apiText } from '../../../src/core/text/api.ts';

/** Follow-up writes whose loss is repaired later (lastChange, read-time expiry), so they only log. */
export async function bestEffort(what: string, id: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log.warn(`${what} deferred`, { suggestionId: id, ...errorFields(error) });
  }
}

/** Writes the history item for a change; a second write of the same version is a no-op. */
export async function writeHistory(ctx: StorageContext, id: string, entry: HistoryEntry): Promise<void> {
  await sendUnlessAlreadyDone(
    ctx.client,
    new PutCommand({
      TableName: ctx.tableName,
      Item: { ...ctx.keys.history(id, entry.version), ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export function suggestionWrites(ctx: StorageContext) {
  const { client, tableName } = ctx;
  const expiresAtFor = (closedAt: string) => Math.floor(Date.parse(closedAt) / 1000) + ctx.contactRetentionDays * 86_400;
  const getItem = (id: string) => getSuggestionItem(ctx, id);

  const persistHistory = (id: string, entry: HistoryEntry) => writeHistory(ctx, id, entry);

  /**
   * Writes the contact item as pending, with a TTL, before its suggestion exists; a retry may
   * write it again while it is pending, never over a contact its suggestion already owns.
   */
  async function putPendingContact(id: string, contact: Contact): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...ctx.keys.contact(id), ...contact, [PENDING_ATTRIBUTE]: true, [TTL_ATTRIBUTE]: expiresAtFor(ctx.now().toISOString()) },
        ConditionExpression: 'attribute_not_exists(pk) OR #pending = :true',
        ExpressionAttributeNames: { '#pending': PENDING_ATTRIBUTE },
        ExpressionAttributeValues: { ':true': true },
      }),
    );
  }

  /** Makes a pending contact its open suggestion's for good (no TTL); a missing or already kept contact is left as it is. */
  async function keepContact(id: string): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.contact(id),
        UpdateExpression: 'REMOVE #ttl, #pending',
        ConditionExpression: '#pending = :true',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE, '#pending': PENDING_ATTRIBUTE },
        ExpressionAttributeValues: { ':true': true },
      }),
    );
  }

  /**
   * Notes that the suggestion's receipt e-mail is due; the scheduled mail run sends it (the public
   * function carries no mail service). Expires with contact data that was never used.
   */
  async function noteReceiptDue(id: string, at: string): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...ctx.keys.receipt(id), id, [TTL_ATTRIBUTE]: expiresAtFor(at) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Gives a closed suggestion's contact item its TTL; a missing contact item is fine. */
  async function expireContact(id: string, closedAt: string): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.contact(id),
        UpdateExpression: 'SET #ttl = :ttl REMOVE #pending',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE, '#pending': PENDING_ATTRIBUTE },
        ExpressionAttributeValues: { ':ttl': expiresAtFor(closedAt) },
      }),
    );
  }

  /**
   * Finishes what an interrupted create left: an open suggestion keeps its pending contact, a
   * closed one gives it the closing TTL. A contact that is gone stays gone (an editor erased it),
   * and a pending one under a suggestion without contact stays unseen until its TTL.
   */
  async function completeSuggestion(suggestion: Pick<Suggestion, 'id' | 'hasContact' | 'closedAt'>): Promise<void> {
    if (!suggestion.hasContact) return;
    if (suggestion.closedAt === undefined) await keepContact(suggestion.id);
    else await expireContact(suggestion.id, suggestion.closedAt);
  }

  /**
   * Stores a new suggestion under `id`, once: the contact first (pending), the suggestion last.
   * If the id exists (a retried idempotent request), nothing is overwritten, `created` is false,
   * and what an earlier half-finished attempt left is completed.
   */
  async function createSuggestion(input: CreateSuggestionInput): Promise<{ created: boolean; suggestion: Suggestion }> {
    const at = ctx.now().toISOString();
    // A registered suggestion's history names the editor who wrote it down and how it came in.
    const lastChange: HistoryEntry = {
      version: 1,
      at,
      actor: input.channel?.registeredBy ?? 'submitter',
      action: 'created',
      toStatus: 'new',
      ...(input.channel ? { via: input.channel.via } : {}),
    };
    const item: SuggestionItem = {
      id: input.id,
      ...(input.reference !== undefined ? { reference: input.reference } : {}),
      kind: input.kind,
      text: input.text,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.topic !== undefined ? { topic: input.topic } : {}),
      ...(input.fact !== undefined ? { fact: input.fact } : {}),
      source: input.source,
      ...(input.channel !== undefined ? { channel: input.channel } : {}),
      ...(input.notify ? { notify: true } : {}),
      ...(input.publishText ? { publishText: true } : {}),
      status: 'new',
      version: 1,
      createdAt: at,
      updatedAt: at,
      hasContact: input.contact !== undefined,
      public: false,
      lastChange,
    };
    if (input.contact) await putPendingContact(input.id, input.contact);
    try {
      await send(
        client,
        new PutCommand({
          TableName: tableName,
          Item: {
            ...ctx.keys.suggestion(input.id),
            gsi1pk: ctx.keys.statusPartition('new'),
            gsi1sk: ctx.keys.newestFirst(at, input.id),
            ...item,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await getItem(input.id);
      if (!existing) throw error;
      await completeSuggestion(existing);
      // The receipt's e-mail has a fixed key, so noting it again never sends it twice.
      if (input.contact?.email && existing.hasContact) await noteReceiptDue(input.id, existing.createdAt);
      return { created: false, suggestion: toSuggestion(existing) };
    }
    // The suggestion is stored and whole; a contact left pending here is kept by the retry or the first read.
    if (input.contact) await bestEffort('contact', input.id, () => keepContact(input.id));
    if (input.contact?.email) await noteReceiptDue(input.id, at);
    return { created: true, suggestion: toSuggestion(item) };
  }

  /**
   * Applies the domain's plan of an editor's change if `expectedVersion` is still current, the
   * version the plan was made on. Throws NotFoundError, or VersionConflictError when someone
   * else changed it first. What changes, and whether it closes the suggestion, is the plan's.
   */
  async function updateSuggestion(id: string, input: SuggestionUpdate): Promise<Suggestion> {
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

    if (input.status !== undefined) {
      changed.push('status');
      names['#status'] = 'status';
      set.push('#status = :status', 'gsi1pk = :gsi1pk');
      values[':status'] = input.status;
      values[':gsi1pk'] = ctx.keys.statusPartition(input.status);
      if (input.closes) set.push('closedAt = :at');
    }
    if (input.public !== undefined) {
      changed.push('public');
      names['#public'] = 'public';
      set.push('#public = :public');
      values[':public'] = input.public;
      if (input.public) {
        set.push('gsi2pk = :gsi2pk', 'gsi2sk = :gsi2sk');
        values[':gsi2pk'] = ctx.keys.publicPartition;
        values[':gsi2sk'] = ctx.keys.newestFirst(current.createdAt, id);
      } else {
        remove.push('gsi2pk', 'gsi2sk');
      }
    }
    if (input.publicAnswer !== undefined) {
      changed.push('publicAnswer');
      if (input.publicAnswer === null) remove.push('publicAnswer', 'answeredAt');
      else {
        set.push('publicAnswer = :answer', 'answeredAt = :at');
        values[':answer'] = input.publicAnswer;
      }
    }
    // Text an editor sets, or takes away with null.
    for (const field of ['publicText', 'assignee'] as const) {
      const value = input[field];
      if (value === undefined) continue;
      changed.push(field);
      if (value === null) remove.push(field);
      else {
        set.push(`${field} = :${field}`);
        values[`:${field}`] = value;
      }
    }

    if (input.publishedPage !== undefined) {
      set.push('publishedPage = :page');
      values[':page'] = input.publishedPage;
    }

    const lastChange: HistoryEntry = {
      version,
      at,
      actor: input.actor,
      action: 'updated',
      ...(input.status !== undefined ? { fromStatus: current.status, toStatus: input.status } : {}),
      ...(changed.length > 0 ? { changed } : {}),
      ...(input.assignee ? { assignee: input.assignee } : {}),
      ...(input.note !== undefined && input.note !== '' ? { note: input.note } : {}),
    };
    values[':lastChange'] = lastChange;

    let output: UpdateCommandOutput;
    try {
      output = await send(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: ctx.keys.suggestion(id),
          UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new VersionConflictError();
      throw error;
    }
    await bestEffort('history', id, () => persistHistory(id, lastChange));
    if (input.closes && current.hasContact) await bestEffort('contact expiry', id, () => expireContact(id, at));
    return toSuggestion(output.Attributes ?? {});
  }

  /**
   * Moves a suggestion to «Publisert» because a revision linked to it went live on `page`.
   * Retries on concurrent edits; an unknown or already published suggestion is left as it is.
   * Returns the suggestion as it was before, when this call published it.
   */
  async function publishSuggestion(id: string, page: string): Promise<Suggestion | undefined> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await getItem(id);
      if (!current || current.status === 'published') return undefined;
      try {
        await updateSuggestion(id, {
          expectedVersion: current.version,
          actor: 'Publisering',
          status: 'published',
          ...(CLOSED_STATUSES.has('published') && current.closedAt === undefined ? { closes: true as const } : {}),
          publishedPage: page,
          note: `Endringen er publisert på /${page}/.`,
        });
        return toSuggestion(current);
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
    throw new VersionConflictError();
  }

  return {
    createSuggestion,
    completeSuggestion,
    updateSuggestion,
    publishSuggestion,
    expireContact,
    keepContact,
    expiresAtFor,
  };
}
