/**
 * Article revisions (publications: publishing.ts). Without transactions, a save is one conditional write on
 * the article's head item (the version is the lock), which also carries the new revision as
 * `lastRevision`; the revision item is written afterwards, and the next save first makes sure it
 * exists, so no revision is lost even if a Lambda dies between the two writes.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import { errorFields, log } from '../log.ts';
import type { ArticleRevision, ArticleSummary } from '../../../src/core/articles/types.ts';
import type { StorageContext } from './context.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import { queryAll } from './query-all.ts';
import { keys } from './table.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';

/** What the list shows of an article, taken from the saved source by the caller. */
export type ArticleFacts = Pick<ArticleSummary, 'title' | 'area' | 'reviewed' | 'nextReview'>;

export type SaveRevisionInput = Omit<ArticleRevision, 'version' | 'at'> & {
  /** The version the editor started from: 0 for an article with only its git text. */
  expectedVersion: number;
  facts: ArticleFacts;
};

/** The stored head of an article with revisions. */
export type ArticleHead = ArticleFacts & {
  slug: string;
  version: number;
  liveVersion: number;
  retiredBy?: string;
  updatedAt: string;
};

type HeadItem = ArticleHead & { lastRevision: ArticleRevision };

const HEAD_FIELDS = ['slug', 'version', 'title', 'area', 'reviewed', 'nextReview', 'liveVersion', 'retiredBy', 'updatedAt'] as const;

const CONFLICT = /* @__PURE__ */ publishingText('error.articleConflict');

function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (item[field] !== undefined) picked[field] = item[field];
  return picked as T;
}

const toRevision = (item: Record<string, unknown>): ArticleRevision => {
  const { pk: _pk, sk: _sk, ...revision } = item;
  return revision as ArticleRevision;
};

export function articleStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  async function getHeadItem(slug: string): Promise<HeadItem | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: keys.articleHead(slug), ConsistentRead: true }),
    );
    return output.Item as HeadItem | undefined;
  }

  /** Writes a revision item; writing the same version twice is a no-op. */
  async function persistRevision(revision: ArticleRevision): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.articleRevision(revision.slug, revision.version), ...revision },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  /** Every article that has revisions in the store, without their text. */
  async function listArticleHeads(): Promise<ArticleHead[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.articlesPartition },
      ProjectionExpression: HEAD_FIELDS.map((_, index) => `#f${index}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(HEAD_FIELDS.map((field, index) => [`#f${index}`, field])),
    });
    return items.map((item) => pick<ArticleHead>(item, HEAD_FIELDS));
  }

  async function getArticleHead(slug: string): Promise<(ArticleHead & { latest: ArticleRevision }) | undefined> {
    const item = await getHeadItem(slug);
    return item ? { ...pick<ArticleHead>(item, HEAD_FIELDS), latest: item.lastRevision } : undefined;
  }

  /** One revision, or undefined. */
  async function getRevision(slug: string, version: number): Promise<ArticleRevision | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: keys.articleRevision(slug, version), ConsistentRead: true }),
    );
    if (output.Item) return toRevision(output.Item);
    const head = await getHeadItem(slug);
    return head?.lastRevision.version === version ? head.lastRevision : undefined;
  }

  /** Every revision of an article, newest first. */
  async function listRevisions(slug: string): Promise<ArticleRevision[]> {
    const revisions = (
      await queryAll(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.articleRevisionPartition(slug) },
        ConsistentRead: true,
      })
    ).map(toRevision);
    const head = await getHeadItem(slug);
    if (head && !revisions.some((revision) => revision.version === head.lastRevision.version)) revisions.push(head.lastRevision);
    return revisions.sort((a, b) => b.version - a.version);
  }

  /**
   * Stores a new revision if `expectedVersion` is still the newest (0: the article has none yet).
   * Throws VersionConflictError when someone saved first. Returns the stored revision.
   */
  async function saveRevision(input: SaveRevisionInput): Promise<ArticleRevision> {
    const { expectedVersion, facts, ...rest } = input;
    const current = await getHeadItem(input.slug);
    if ((current?.version ?? 0) !== expectedVersion) throw new VersionConflictError(CONFLICT);
    if (current) await persistRevision(current.lastRevision);

    const at = ctx.now().toISOString();
    const revision: ArticleRevision = { ...rest, version: expectedVersion + 1, at };
    for (const field of ['note', 'suggestionId', 'restoredFrom', 'retiredBy'] as const) {
      if (revision[field] === undefined || revision[field] === '') delete revision[field];
    }
    const head: HeadItem = {
      slug: input.slug,
      version: revision.version,
      ...facts,
      liveVersion: current?.liveVersion ?? 0,
      ...(revision.retiredBy ? { retiredBy: revision.retiredBy } : {}),
      updatedAt: at,
      lastRevision: revision,
    };
    try {
      await send(
        client,
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.articleHead(input.slug), ...head },
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
      if (isConditionFailure(error)) throw new VersionConflictError(CONFLICT);
      throw error;
    }
    try {
      await persistRevision(revision);
    } catch (error) {
      // The head carries the revision; the next save writes it.
      log.warn('revision deferred', { slug: input.slug, ...errorFields(error) });
    }
    return revision;
  }

  /** Marks `version` as what readers see, unless a newer version went live already. Resolves whether it changed. */
  async function markArticleLive(slug: string, version: number): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: keys.articleHead(slug),
        UpdateExpression: 'SET liveVersion = :version, liveAt = :at',
        ConditionExpression: 'attribute_exists(pk) AND liveVersion < :version',
        ExpressionAttributeValues: { ':version': version, ':at': ctx.now().toISOString() },
      }),
    );
  }

  return {
    listArticleHeads,
    getArticleHead,
    getRevision,
    listRevisions,
    saveRevision,
    markArticleLive,
  };
}
