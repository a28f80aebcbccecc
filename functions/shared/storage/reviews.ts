/**
 * Review requests and the councils' statements: one item per council and revision, in one
 * partition (a kommune sends a handful a year). Written when requested; asking again moves the
 * deadline; the council's statement may change until the text is published, which closes the
 * round for good. Reminders and notices are claimed on the item, so each is sent once.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError, VersionConflictError } from '../errors.ts';
import type { Review, ReviewStatement } from '../../../src/core/articles/reviews.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { queryAll } from './query-all.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';

const toReview = (item: Record<string, unknown>): Review => {
  const { pk: _pk, sk: _sk, ...review } = item;
  return review as Review;
};

/** What asking a council again did: a new request, a moved deadline, or nothing (same deadline, or published). */
export type RequestOutcome = 'created' | 'deadline-changed' | 'unchanged';

/** The two messages a round sends at most once per deadline. */
export type ReviewNotice = 'remindedAt' | 'overdueNoticeAt';

export function reviewStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;
  const keyOf = (review: Pick<Review, 'slug' | 'version' | 'councilId'>) => ctx.keys.review(review.slug, review.version, review.councilId);

  /**
   * Stores the request; a council already asked about that revision keeps its request, with the
   * deadline moved when it differs (and its reminders due again) unless the text is published.
   */
  async function requestReview(
    input: Omit<Review, 'requestedAt' | 'public' | 'statement'>,
  ): Promise<{ outcome: RequestOutcome; review: Review }> {
    const at = ctx.now().toISOString();
    const review: Review = { ...input, requestedAt: at, public: false };
    const created = await sendUnlessAlreadyDone(
      client,
      new PutCommand({ TableName: tableName, Item: { ...keyOf(input), ...review }, ConditionExpression: 'attribute_not_exists(pk)' }),
    );
    if (created) return { outcome: 'created', review };
    const existing = await getReview(input.slug, input.version, input.councilId);
    if (!existing) throw new NotFoundError(publishingText('review.notFound'));
    if (existing.deadline === input.deadline || existing.closedAt !== undefined) return { outcome: 'unchanged', review: existing };
    try {
      const output = await send<UpdateCommandOutput>(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: keyOf(input),
          UpdateExpression: 'SET deadline = :deadline, deadlineChangedAt = :at REMOVE remindedAt, overdueNoticeAt',
          ConditionExpression: 'deadline = :before AND attribute_not_exists(closedAt)',
          ExpressionAttributeValues: { ':deadline': input.deadline, ':at': at, ':before': existing.deadline },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { outcome: 'deadline-changed', review: toReview(output.Attributes ?? {}) };
    } catch (error) {
      if (isConditionFailure(error)) throw new VersionConflictError(publishingText('review.changedMeanwhile'));
      throw error;
    }
  }

  async function getReview(slug: string, version: number, councilId: string): Promise<Review | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: ctx.keys.review(slug, version, councilId), ConsistentRead: true }),
    );
    return output.Item ? toReview(output.Item) : undefined;
  }

  /** Every request about an article, every revision and council. */
  async function listArticleReviews(slug: string): Promise<Review[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :article)',
      ExpressionAttributeValues: { ':pk': ctx.keys.reviewsPartition, ':article': ctx.keys.reviewsOfArticle(slug) },
      ConsistentRead: true,
    });
    return items.map(toReview);
  }

  /** Every request sent to one council. */
  async function listCouncilReviews(councilId: string): Promise<Review[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: 'councilId = :council',
      ExpressionAttributeValues: { ':pk': ctx.keys.reviewsPartition, ':council': councilId },
      ConsistentRead: true,
    });
    return items.map(toReview);
  }

  /** Every request of every article: the scheduled reminders and the editors' news read them all (a handful a year). */
  async function listAllReviews(): Promise<Review[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': ctx.keys.reviewsPartition },
      ConsistentRead: true,
    });
    return items.map(toReview);
  }

  /**
   * Sets the council's statement; an earlier one is kept in `earlierStatements`. Throws
   * ConflictError('review-closed') once the text is published, NotFoundError for an unknown request.
   */
  async function stateReview(slug: string, version: number, councilId: string, statement: ReviewStatement): Promise<Review> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await getReview(slug, version, councilId);
      if (!current) throw new NotFoundError(publishingText('review.notFound'));
      if (current.closedAt !== undefined) throw new ConflictError('review-closed', publishingText('review.closed'));
      const earlier = current.statement;
      try {
        const output = await send<UpdateCommandOutput>(
          client,
          new UpdateCommand({
            TableName: tableName,
            Key: ctx.keys.review(slug, version, councilId),
            UpdateExpression: earlier
              ? 'SET #statement = :statement, earlierStatements = list_append(if_not_exists(earlierStatements, :none), :earlier)'
              : 'SET #statement = :statement',
            // Another change in between is read again, so no statement is lost from the record.
            ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(closedAt) AND ${
              earlier ? '#statement.#at = :earlierAt' : 'attribute_not_exists(#statement)'
            }`,
            ExpressionAttributeNames: { '#statement': 'statement', ...(earlier ? { '#at': 'at' } : {}) },
            ExpressionAttributeValues: {
              ':statement': statement,
              ...(earlier ? { ':none': [], ':earlier': [earlier], ':earlierAt': earlier.at } : {}),
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return toReview(output.Attributes ?? {});
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new VersionConflictError(publishingText('review.changedMeanwhile'));
  }

  /** Shows or hides a statement's text on the article page. */
  async function setReviewPublic(slug: string, version: number, councilId: string, shown: boolean): Promise<Review> {
    try {
      const output = await send<UpdateCommandOutput>(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: ctx.keys.review(slug, version, councilId),
          UpdateExpression: 'SET #public = :public',
          ConditionExpression: 'attribute_exists(#statement)',
          ExpressionAttributeNames: { '#public': 'public', '#statement': 'statement' },
          ExpressionAttributeValues: { ':public': shown },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toReview(output.Attributes ?? {});
    } catch (error) {
      if (isConditionFailure(error)) throw new NotFoundError(publishingText('review.noStatement'));
      throw error;
    }
  }

  /** An editor opened the round: what came before now is no longer news. */
  async function markReviewSeen(slug: string, version: number, councilId: string): Promise<Review> {
    try {
      const output = await send<UpdateCommandOutput>(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: ctx.keys.review(slug, version, councilId),
          UpdateExpression: 'SET seenAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': ctx.now().toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toReview(output.Attributes ?? {});
    } catch (error) {
      if (isConditionFailure(error)) throw new NotFoundError(publishingText('review.notFound'));
      throw error;
    }
  }

  /**
   * Claims a reminder or notice for the round's current deadline; resolves true for the one caller
   * that may send it. A round answered, published or moved to another deadline meanwhile is not claimed.
   */
  async function claimReviewNotice(review: Review, notice: ReviewNotice): Promise<string | undefined> {
    const at = ctx.now().toISOString();
    const claimed = await sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: keyOf(review),
        UpdateExpression: 'SET #notice = :at',
        ConditionExpression:
          'attribute_exists(pk) AND attribute_not_exists(#notice) AND deadline = :deadline AND attribute_not_exists(#statement) AND attribute_not_exists(closedAt)',
        ExpressionAttributeNames: { '#notice': notice, '#statement': 'statement' },
        ExpressionAttributeValues: { ':at': at, ':deadline': review.deadline },
      }),
    );
    return claimed ? at : undefined;
  }

  /** Gives a claim back when its message could not be queued, so the next run tries again. */
  async function releaseReviewNotice(review: Review, notice: ReviewNotice, claimedAt: string): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: keyOf(review),
        UpdateExpression: 'REMOVE #notice',
        ConditionExpression: '#notice = :at',
        ExpressionAttributeNames: { '#notice': notice },
        ExpressionAttributeValues: { ':at': claimedAt },
      }),
    );
  }

  /**
   * Closes every open round about `slug` up to `liveVersion` (that text, or a later one, is
   * published now); resolves the rounds this call closed, so each council is told once.
   */
  async function closeReviews(slug: string, liveVersion: number): Promise<Review[]> {
    const at = ctx.now().toISOString();
    const closed: Review[] = [];
    for (const review of await listArticleReviews(slug)) {
      if (review.version > liveVersion || review.closedAt !== undefined) continue;
      try {
        const output = await send<UpdateCommandOutput>(
          client,
          new UpdateCommand({
            TableName: tableName,
            Key: keyOf(review),
            UpdateExpression: 'SET closedAt = :at, publishedVersion = :live',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(closedAt)',
            ExpressionAttributeValues: { ':at': at, ':live': liveVersion },
            ReturnValues: 'ALL_NEW',
          }),
        );
        closed.push(toReview(output.Attributes ?? {}));
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    return closed;
  }

  return {
    requestReview,
    getReview,
    listArticleReviews,
    listCouncilReviews,
    listAllReviews,
    stateReview,
    setReviewPublic,
    markReviewSeen,
    claimReviewNotice,
    releaseReviewNotice,
    closeReviews,
  };
}

export type ReviewStorage = ReturnType<typeof reviewStorage>;
