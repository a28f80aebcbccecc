/**
 * Publications, the builds that take them, the queue between them and scheduled builds, all as
 * single-item conditional writes (dynalite has no transactions):
 *
 * - the queue is one item: a string set of waiting publication ids (an atomic ADD per «Publiser»)
 *   and the build that runs, if any. A build is claimed by one conditional write that sets
 *   `running` only when none runs and removes what it takes from the set, so two requests in the
 *   same second can never start two builds, and nothing waiting is lost or taken twice;
 * - a publication and a build move only forward through their stages (src/core/publishing/stages.ts),
 *   each move a write conditional on the stage it read, so late or repeated reports change nothing;
 * - a pending set maps the set of revisions a request names to the publication made for it, so a
 *   repeated «Publiser» of the same revisions while one is pending gets that one back.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../errors.ts';
import type { Publication, PublicationReason } from '../../../src/core/articles/types.ts';
import {
  canMove,
  stageOfStatus,
  statusOfStage,
  type KommuneRun,
  type PublicationBuild,
  type PublicationStage,
} from '../../../src/core/publishing/stages.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { send, sendUnlessAlreadyDone } from './send.ts';
import { queryAll } from './query-all.ts';
import { publishingKeys } from './table.ts';
import { TTL_ATTRIBUTE } from '../table-contract.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';

const PUBLICATION_FIELDS = [
  'id',
  'status',
  'stage',
  'items',
  'skipped',
  'actor',
  'reason',
  'createdAt',
  'updatedAt',
  'buildId',
  'siteLiveAt',
  'finishedAt',
  'message',
  'kommuner',
] as const;
const BUILD_FIELDS = [
  'id',
  'publications',
  'items',
  'stage',
  'createdAt',
  'startedAt',
  'siteLiveAt',
  'finishedAt',
  'serviceId',
  'message',
  'kommuner',
] as const;

/** How many times a move is tried again when another writer moved the item in between. */
const MOVE_ATTEMPTS = 5;
const DAY_SECONDS = 86_400;

export type PublishingQueue = { waiting: string[]; running?: string; runningSince?: string };

/** A build (or publication) moving on: the new stage and what it records. */
export type StageChange = { stage?: PublicationStage; buildId?: string; serviceId?: string; message?: string };

export type PublicationInput = Pick<Publication, 'id' | 'items' | 'skipped' | 'actor' | 'kommuner'> & {
  reason?: PublicationReason;
  message?: string;
};

export type ScheduledPublication = { id: string; at: string; reason: PublicationReason; actor: string; publicationId?: string };

function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (item[field] !== undefined) picked[field] = item[field];
  return picked as T;
}

/** A stored publication; one stored before stages existed gets its stage from its status. */
function toPublication(item: Record<string, unknown>): Publication {
  const publication = pick<Publication>(item, PUBLICATION_FIELDS);
  publication.stage ??= stageOfStatus(publication.status);
  publication.reason ??= 'editor';
  return publication;
}

/**
 * The attributes a move records besides the stage: when a build started, when the web pages went
 * live, when it ended, and the ids and message given.
 */
function movedFields(kind: 'publication' | 'build', stage: PublicationStage | undefined, change: StageChange, at: string) {
  const fields: Record<string, unknown> = {};
  if (change.buildId !== undefined && kind === 'publication') fields.buildId = change.buildId;
  if (change.serviceId !== undefined && kind === 'build') fields.serviceId = change.serviceId;
  if (change.message !== undefined) fields.message = change.message;
  if (stage === 'site' && kind === 'build') fields.startedAt = at;
  if (stage === 'print') fields.siteLiveAt = at;
  if (stage === 'done' || stage === 'print-failed' || stage === 'failed') fields.finishedAt = at;
  return fields;
}

export function publishingStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  async function getItem(key: Record<string, string>): Promise<Record<string, unknown> | undefined> {
    const output = await send<GetCommandOutput>(client, new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
    return output.Item;
  }

  /**
   * Sets `fields` (and the stage, when it moves) on the item at `key`, on condition that its stage
   * is still `from`. Resolves false when another writer changed the stage in between.
   */
  async function writeMove(
    key: Record<string, string>,
    from: PublicationStage,
    storedStage: boolean,
    fields: Record<string, unknown>,
  ): Promise<boolean> {
    const names: Record<string, string> = { '#stage': 'stage' };
    const values: Record<string, unknown> = { ':from': from };
    const set = Object.entries(fields).map(([field, value], index) => {
      names[`#f${index}`] = field;
      values[`:v${index}`] = value;
      return `#f${index} = :v${index}`;
    });
    // Publications stored before stages existed have only a status: the condition reads that instead.
    const condition = storedStage ? '#stage = :from' : 'attribute_not_exists(#stage) AND #status = :status';
    if (!storedStage) {
      names['#status'] = 'status';
      values[':status'] = statusOfStage(from);
    }
    // A failed condition is the answer (someone else was first), not an error.
    return sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: `SET ${set.join(', ')}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  // Publications ---------------------------------------------------------------------------

  async function getPublication(id: string): Promise<Publication | undefined> {
    const item = await getItem(ctx.keys.publication(id));
    return item ? toPublication(item) : undefined;
  }

  /**
   * Stores a new publication, queued. With an id that exists already (a repeated request with the
   * same Idempotency-Key) nothing is written and the stored one is returned with `created: false`.
   */
  async function createPublication(input: PublicationInput): Promise<{ publication: Publication; created: boolean }> {
    const at = ctx.now().toISOString();
    const publication: Publication = {
      id: input.id,
      items: input.items,
      skipped: input.skipped,
      actor: input.actor,
      reason: input.reason ?? 'editor',
      status: 'queued',
      stage: 'queued',
      createdAt: at,
      updatedAt: at,
      ...(input.message !== undefined ? { message: input.message } : {}),
      ...(input.kommuner !== undefined ? { kommuner: input.kommuner } : {}),
    };
    const created = await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...ctx.keys.publication(input.id), ...publication },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    if (created) return { publication, created };
    return { publication: (await getPublication(input.id))!, created: false };
  }

  /**
   * Moves a publication on (or only records a build id or message when `change.stage` is unset).
   * A move its stage does not allow (backwards, or a late report) is ignored. Resolves it as it is now.
   */
  async function updatePublication(id: string, change: StageChange): Promise<Publication> {
    for (let attempt = 0; attempt < MOVE_ATTEMPTS; attempt += 1) {
      const item = await getItem(ctx.keys.publication(id));
      if (!item) throw new NotFoundError(publishingText('error.publicationNotFound'));
      const current = toPublication(item);
      const moving = change.stage !== undefined && change.stage !== current.stage;
      if (moving && !canMove(current.stage, change.stage!)) return current;
      const at = ctx.now().toISOString();
      const fields: Record<string, unknown> = {
        updatedAt: at,
        ...movedFields('publication', moving ? change.stage : undefined, change, at),
      };
      if (moving) {
        fields.stage = change.stage;
        fields.status = statusOfStage(change.stage!);
      }
      if (await writeMove(ctx.keys.publication(id), current.stage, item.stage !== undefined, fields)) {
        return toPublication({ ...item, ...fields });
      }
    }
    return (await getPublication(id))!;
  }

  // The queue --------------------------------------------------------------------------------

  async function getQueue(): Promise<PublishingQueue> {
    const item = await getItem(publishingKeys.queue);
    const waiting = item?.waiting instanceof Set ? [...(item.waiting as Set<string>)] : [];
    return {
      waiting,
      ...(typeof item?.running === 'string' ? { running: item.running } : {}),
      ...(typeof item?.runningSince === 'string' ? { runningSince: item.runningSince } : {}),
    };
  }

  /** Adds a publication to the waiting set (an atomic ADD: concurrent requests all land). */
  async function enqueuePublication(id: string): Promise<void> {
    await send(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: publishingKeys.queue,
        UpdateExpression: 'ADD waiting :ids',
        ExpressionAttributeValues: { ':ids': new Set([id]) },
      }),
    );
  }

  /**
   * Makes `buildId` the running build and takes `taken` out of the waiting set, only if no build
   * runs. Resolves false when another build was claimed first.
   */
  async function claimQueue(buildId: string, taken: readonly string[]): Promise<boolean> {
    if (taken.length === 0) throw new Error('a build takes at least one publication');
    // A failed condition is the answer (someone else was first), not an error.
    return sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: publishingKeys.queue,
        UpdateExpression: 'SET running = :build, runningSince = :at DELETE waiting :taken',
        ConditionExpression: 'attribute_not_exists(running)',
        ExpressionAttributeValues: { ':build': buildId, ':at': ctx.now().toISOString(), ':taken': new Set(taken) },
      }),
    );
  }

  /**
   * Ends `buildId`'s claim on the queue, putting `putBack` into the waiting set again (a build the
   * service refused). Resolves false when it was not the running build (released already).
   */
  async function releaseQueue(buildId: string, putBack: readonly string[] = []): Promise<boolean> {
    // A failed condition is the answer (someone else was first), not an error.
    return sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: publishingKeys.queue,
        UpdateExpression: `REMOVE running, runningSince${putBack.length > 0 ? ' ADD waiting :back' : ''}`,
        ConditionExpression: 'running = :build',
        ExpressionAttributeValues: { ':build': buildId, ...(putBack.length > 0 ? { ':back': new Set(putBack) } : {}) },
      }),
    );
  }

  /** Takes publications out of the waiting set without a build (those that waited too long). */
  async function dropWaiting(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await send(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: publishingKeys.queue,
        UpdateExpression: 'DELETE waiting :ids',
        ExpressionAttributeValues: { ':ids': new Set(ids) },
      }),
    );
  }

  // Builds -----------------------------------------------------------------------------------

  /**
   * Moves one kommune's run in a build of several kommuner from `from` to `to`, on condition that
   * the run is still at `from` (stage and attempt), so a late or repeated report changes nothing.
   * Resolves whether it moved.
   */
  async function moveKommuneRun(buildId: string, kommune: string, from: KommuneRun, to: KommuneRun): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: publishingKeys.build(buildId),
        UpdateExpression: 'SET #runs.#kommune = :to',
        ConditionExpression: '#runs.#kommune.#stage = :stage AND #runs.#kommune.#attempt = :attempt',
        ExpressionAttributeNames: { '#runs': 'kommuner', '#kommune': kommune, '#stage': 'stage', '#attempt': 'attempt' },
        ExpressionAttributeValues: { ':to': to, ':stage': from.stage, ':attempt': from.attempt },
      }),
    );
  }

  async function createBuild(input: Pick<PublicationBuild, 'id' | 'publications' | 'items' | 'kommuner'>): Promise<PublicationBuild> {
    const build: PublicationBuild = { ...input, stage: 'queued', createdAt: ctx.now().toISOString() };
    await send(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...publishingKeys.build(input.id), ...build },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return build;
  }

  async function getBuild(id: string): Promise<PublicationBuild | undefined> {
    const item = await getItem(publishingKeys.build(id));
    return item ? pick<PublicationBuild>(item, BUILD_FIELDS) : undefined;
  }

  /** Moves a build on as updatePublication moves a publication; resolves undefined for an unknown build. */
  async function updateBuild(id: string, change: StageChange): Promise<PublicationBuild | undefined> {
    for (let attempt = 0; attempt < MOVE_ATTEMPTS; attempt += 1) {
      const current = await getBuild(id);
      if (!current) return undefined;
      const moving = change.stage !== undefined && change.stage !== current.stage;
      if (moving && !canMove(current.stage, change.stage!)) return current;
      const fields = movedFields('build', moving ? change.stage : undefined, change, ctx.now().toISOString());
      if (moving) fields.stage = change.stage;
      if (Object.keys(fields).length === 0) return current;
      if (await writeMove(publishingKeys.build(id), current.stage, true, fields)) return { ...current, ...fields } as PublicationBuild;
    }
    return getBuild(id);
  }

  // Pending sets -----------------------------------------------------------------------------

  async function pendingSetPublication(setKey: string): Promise<string | undefined> {
    const item = await getItem(publishingKeys.pendingSet(setKey));
    return typeof item?.publicationId === 'string' ? item.publicationId : undefined;
  }

  /**
   * Points the set at `publicationId`: a new set, or one whose publication `replacing` is no
   * longer pending. Resolves false when another request claimed the set first.
   */
  async function claimPendingSet(setKey: string, publicationId: string, replacing: string | undefined): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: {
          ...publishingKeys.pendingSet(setKey),
          publicationId,
          // Kept a while for the record; a set is only read while its publication is pending.
          [TTL_ATTRIBUTE]: Math.floor(ctx.now().getTime() / 1000) + 30 * DAY_SECONDS,
        },
        ...(replacing === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'publicationId = :replacing', ExpressionAttributeValues: { ':replacing': replacing } }),
      }),
    );
  }

  // Schedules --------------------------------------------------------------------------------

  /** Stores a schedule once; resolves false when one with the same time and id exists already (a repeated request). */
  async function saveSchedule(schedule: Omit<ScheduledPublication, 'publicationId'>): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...publishingKeys.schedule(schedule.at, schedule.id), ...schedule },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Scheduled publications whose time has come and that have not been started, earliest first. */
  async function dueSchedules(): Promise<ScheduledPublication[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      FilterExpression: 'attribute_not_exists(publicationId)',
      ExpressionAttributeValues: {
        ':pk': publishingKeys.partition,
        ':from': publishingKeys.schedulePrefix,
        ':to': `${publishingKeys.schedulePrefix}${ctx.now().toISOString()}~`,
      },
      ConsistentRead: true,
    });
    return items.map((item) => pick<ScheduledPublication>(item, ['id', 'at', 'reason', 'actor', 'publicationId']));
  }

  /** Records that a schedule's publication was made; resolves false when it had been already. */
  async function markScheduleStarted(schedule: ScheduledPublication, publicationId: string): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: publishingKeys.schedule(schedule.at, schedule.id),
        UpdateExpression: 'SET publicationId = :publication, #ttl = :ttl',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(publicationId)',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: {
          ':publication': publicationId,
          ':ttl': Math.floor(ctx.now().getTime() / 1000) + 30 * DAY_SECONDS,
        },
      }),
    );
  }

  return {
    getPublication,
    createPublication,
    updatePublication,
    getQueue,
    enqueuePublication,
    claimQueue,
    releaseQueue,
    dropWaiting,
    createBuild,
    getBuild,
    updateBuild,
    moveKommuneRun,
    pendingSetPublication,
    claimPendingSet,
    saveSchedule,
    dueSchedules,
    markScheduleStarted,
  };
}
