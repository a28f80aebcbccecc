/**
 * Records kept as revisions (articles.ts, facts.ts). Without transactions, a save is one conditional
 * write on the record's head item (the version is the lock), which also carries the new revision as
 * `lastRevision`; the revision item is written afterwards, and the next save first makes sure it
 * exists, so no revision is lost even if a Lambda dies between the two writes.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import { queryAll } from './query-all.ts';

type Key = { pk: string; sk: string };

/** What sets one kind of versioned record apart: its keys, what its head shows and what it says on trouble. */
type VersionedRecordKind<Head> = {
  headsPartition: string;
  headKey: (id: string) => Key;
  revisionPartition: (id: string) => string;
  revisionKey: (id: string, version: number) => Key;
  /** The head's attributes a list reads: everything but the revision it carries. */
  headFields: readonly (keyof Head & string)[];
  conflictMessage: string;
  /** Reports a revision item left for the next save to write. */
  logDeferred: (id: string, error: unknown) => void;
};

function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (item[field] !== undefined) picked[field] = item[field];
  return picked as T;
}

export function versionedRecords<Head extends { version: number; liveVersion: number }, Revision extends { version: number }>(
  ctx: StorageContext,
  kind: VersionedRecordKind<Head>,
) {
  type HeadItem = Head & { lastRevision: Revision };
  const { client, tableName } = ctx;

  const toRevision = (item: Record<string, unknown>): Revision => {
    const { pk: _pk, sk: _sk, ...revision } = item;
    return revision as Revision;
  };

  async function getHeadItem(id: string): Promise<HeadItem | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: kind.headKey(id), ConsistentRead: true }),
    );
    return output.Item as HeadItem | undefined;
  }

  /** Writes a revision item; writing the same version twice is a no-op. */
  async function persistRevision(id: string, revision: Revision): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...kind.revisionKey(id, revision.version), ...revision },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Every record that has revisions in the store, without their revisions. */
  async function listHeads(): Promise<Head[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': kind.headsPartition },
      ProjectionExpression: kind.headFields.map((_, index) => `#f${index}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(kind.headFields.map((field, index) => [`#f${index}`, field])),
    });
    return items.map((item) => pick<Head>(item, kind.headFields));
  }

  async function getHead(id: string): Promise<(Head & { latest: Revision }) | undefined> {
    const item = await getHeadItem(id);
    return item ? { ...pick<Head>(item, kind.headFields), latest: item.lastRevision } : undefined;
  }

  /** One revision, or undefined. */
  async function getRevision(id: string, version: number): Promise<Revision | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: kind.revisionKey(id, version), ConsistentRead: true }),
    );
    if (output.Item) return toRevision(output.Item);
    const head = await getHeadItem(id);
    return head?.lastRevision.version === version ? head.lastRevision : undefined;
  }

  /** Every revision of a record, newest first. */
  async function listRevisions(id: string): Promise<Revision[]> {
    const revisions = (
      await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': kind.revisionPartition(id) },
        ConsistentRead: true,
      })
    ).map(toRevision);
    const head = await getHeadItem(id);
    if (head && !revisions.some((revision) => revision.version === head.lastRevision.version)) revisions.push(head.lastRevision);
    return revisions.sort((a, b) => b.version - a.version);
  }

  /**
   * Stores the head `build` makes, carrying a new revision, if `expectedVersion` is still the newest
   * (0: the record has none yet). Throws VersionConflictError when someone saved first. Returns the stored revision.
   */
  async function save(
    id: string,
    expectedVersion: number,
    build: (current: HeadItem | undefined, at: string) => HeadItem,
  ): Promise<Revision> {
    const current = await getHeadItem(id);
    if ((current?.version ?? 0) !== expectedVersion) throw new VersionConflictError(kind.conflictMessage);
    if (current) await persistRevision(id, current.lastRevision);

    const head = build(current, ctx.now().toISOString());
    try {
      await send(
        client,
        new PutCommand({
          TableName: tableName,
          Item: { ...kind.headKey(id), ...head },
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
      if (isConditionFailure(error)) throw new VersionConflictError(kind.conflictMessage);
      throw error;
    }
    try {
      await persistRevision(id, head.lastRevision);
    } catch (error) {
      // The head carries the revision; the next save writes it.
      kind.logDeferred(id, error);
    }
    return head.lastRevision;
  }

  /** Marks `version` as what readers see, unless a newer version went live already. Resolves whether it changed. */
  async function markLive(id: string, version: number): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: kind.headKey(id),
        UpdateExpression: 'SET liveVersion = :version, liveAt = :at',
        ConditionExpression: 'attribute_exists(pk) AND liveVersion < :version',
        ExpressionAttributeValues: { ':version': version, ':at': ctx.now().toISOString() },
      }),
    );
  }

  return { listHeads, getHead, getRevision, listRevisions, save, markLive };
}
