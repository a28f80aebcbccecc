/**
 * Fact revisions, modelled on article revisions (articles.ts): a save is one conditional write on
 * the fact's head item (the version is the lock), which carries the new revision as
 * `lastRevision`; the revision item is written afterwards, and the next save first makes sure it
 * exists, so no revision is lost if a Lambda dies between the two writes.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import { errorFields, log } from '../log.ts';
import type { FactKind } from '../../../src/core/facts/facts.ts';
import type { FactRevision } from '../../../src/core/facts/types.ts';
import { factText } from '../../../src/core/text/facts.ts';
import type { StorageContext } from './context.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import { queryAll } from './query-all.ts';
import { keys } from './table.ts';

/** What the list shows of a fact, taken from the saved value by the caller. */
export type FactFacts = { kind: FactKind; title: string; lastChecked?: string; reviewDue?: string };

/** The stored head of a fact with revisions. */
export type FactHead = FactFacts & { id: string; version: number; liveVersion: number; updatedAt: string };

type HeadItem = FactHead & { lastRevision: FactRevision };

export type SaveFactInput = Omit<FactRevision, 'version' | 'at'> & {
  /** The version the editor started from: 0 for a fact with only its seed in git. */
  expectedVersion: number;
  facts: FactFacts;
};

const HEAD_FIELDS = ['id', 'kind', 'title', 'lastChecked', 'reviewDue', 'version', 'liveVersion', 'updatedAt'] as const;

function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (item[field] !== undefined) picked[field] = item[field];
  return picked as T;
}

const toRevision = (item: Record<string, unknown>): FactRevision => {
  const { pk: _pk, sk: _sk, ...revision } = item;
  return revision as FactRevision;
};

export function factStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  async function getHeadItem(id: string): Promise<HeadItem | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: keys.factHead(id), ConsistentRead: true }),
    );
    return output.Item as HeadItem | undefined;
  }

  /** Writes a revision item; writing the same version twice is a no-op. */
  async function persistRevision(revision: FactRevision): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.factRevision(revision.id, revision.version), ...revision },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Every fact that has revisions in the store, without their values. */
  async function listFactHeads(): Promise<FactHead[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.factsPartition },
      ProjectionExpression: HEAD_FIELDS.map((_, index) => `#f${index}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(HEAD_FIELDS.map((field, index) => [`#f${index}`, field])),
    });
    return items.map((item) => pick<FactHead>(item, HEAD_FIELDS));
  }

  async function getFactHead(id: string): Promise<(FactHead & { latest: FactRevision }) | undefined> {
    const item = await getHeadItem(id);
    return item ? { ...pick<FactHead>(item, HEAD_FIELDS), latest: item.lastRevision } : undefined;
  }

  /** One revision, or undefined. */
  async function getFactRevision(id: string, version: number): Promise<FactRevision | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: keys.factRevision(id, version), ConsistentRead: true }),
    );
    if (output.Item) return toRevision(output.Item);
    const head = await getHeadItem(id);
    return head?.lastRevision.version === version ? head.lastRevision : undefined;
  }

  /** Every revision of a fact, newest first. */
  async function listFactRevisions(id: string): Promise<FactRevision[]> {
    const revisions = (
      await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.factRevisionPartition(id) },
        ConsistentRead: true,
      })
    ).map(toRevision);
    const head = await getHeadItem(id);
    if (head && !revisions.some((revision) => revision.version === head.lastRevision.version)) revisions.push(head.lastRevision);
    return revisions.sort((a, b) => b.version - a.version);
  }

  /**
   * Stores a new revision if `expectedVersion` is still the newest (0: the fact has none yet).
   * Throws VersionConflictError when someone saved first. Returns the stored revision.
   */
  async function saveFactRevision(input: SaveFactInput): Promise<FactRevision> {
    const { expectedVersion, facts, ...rest } = input;
    const conflict = () => new VersionConflictError(factText('error.factConflict'));
    const current = await getHeadItem(input.id);
    if ((current?.version ?? 0) !== expectedVersion) throw conflict();
    if (current) await persistRevision(current.lastRevision);

    const at = ctx.now().toISOString();
    const revision: FactRevision = { ...rest, version: expectedVersion + 1, at };
    if (revision.note === undefined || revision.note === '') delete revision.note;
    if (revision.restoredFrom === undefined) delete revision.restoredFrom;
    const head: HeadItem = {
      id: input.id,
      version: revision.version,
      ...facts,
      liveVersion: current?.liveVersion ?? 0,
      updatedAt: at,
      lastRevision: revision,
    };
    for (const field of ['lastChecked', 'reviewDue'] as const) if (head[field] === undefined) delete head[field];
    try {
      await send(
        client,
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.factHead(input.id), ...head },
          ...(expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              }),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw conflict();
      throw error;
    }
    try {
      await persistRevision(revision);
    } catch (error) {
      // The head carries the revision; the next save writes it.
      log.warn('fact revision deferred', { factId: input.id, ...errorFields(error) });
    }
    return revision;
  }

  /** Marks `version` as what readers see, unless a newer version went live already. Resolves whether it changed. */
  async function markFactLive(id: string, version: number): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: keys.factHead(id),
        UpdateExpression: 'SET liveVersion = :version, liveAt = :at',
        ConditionExpression: 'attribute_exists(pk) AND liveVersion < :version',
        ExpressionAttributeValues: { ':version': version, ':at': ctx.now().toISOString() },
      }),
    );
  }

  return { listFactHeads, getFactHead, getFactRevision, listFactRevisions, saveFactRevision, markFactLive };
}
