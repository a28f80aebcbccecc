/**
 * Review requests and the councils' statements: one item per council and revision, in one
 * partition (a kommune sends a handful a year). Written once when requested; the statement is
 * added once by a conditional update, and only the editors' «show on the page» flag changes after.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { Review, ReviewStatement } from '../../../src/core/articles/reviews.ts';
import type { StorageContext } from './context.ts';
import { queryAll } from './query-all.ts';
import { isConditionFailure, send } from './send.ts';
import { keys } from './table.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';

const toReview = (item: Record<string, unknown>): Review => {
  const { pk: _pk, sk: _sk, ...review } = item;
  return review as Review;
};

export function reviewStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** Stores the request unless that council was already asked about that revision; resolves the stored one either way. */
  async function requestReview(input: Omit<Review, 'requestedAt' | 'public' | 'statement'>): Promise<{ created: boolean; review: Review }> {
    const review: Review = { ...input, requestedAt: ctx.now().toISOString(), public: false };
    try {
      await send(
        client,
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.review(input.slug, input.version, input.councilId), ...review },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { created: true, review };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await getReview(input.slug, input.version, input.councilId);
      if (!existing) throw error;
      return { created: false, review: existing };
    }
  }

  async function getReview(slug: string, version: number, councilId: string): Promise<Review | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: keys.review(slug, version, councilId), ConsistentRead: true }),
    );
    return output.Item ? toReview(output.Item) : undefined;
  }

  /** Every request about an article, every revision and council. */
  async function listArticleReviews(slug: string): Promise<Review[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :article)',
      ExpressionAttributeValues: { ':pk': keys.reviewsPartition, ':article': keys.reviewsOfArticle(slug) },
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
      ExpressionAttributeValues: { ':pk': keys.reviewsPartition, ':council': councilId },
      ConsistentRead: true,
    });
    return items.map(toReview);
  }

  /** Adds the council's statement; a second one is a ConflictError (what the editors read stays what was sent). */
  async function stateReview(slug: string, version: number, councilId: string, statement: ReviewStatement): Promise<Review> {
    try {
      const output = await send<UpdateCommandOutput>(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: keys.review(slug, version, councilId),
          UpdateExpression: 'SET #statement = :statement',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#statement)',
          ExpressionAttributeNames: { '#statement': 'statement' },
          ExpressionAttributeValues: { ':statement': statement },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toReview(output.Attributes ?? {});
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await getReview(slug, version, councilId);
      if (!existing) throw new NotFoundError(publishingText('review.notFound'));
      throw new ConflictError('already-stated', publishingText('review.alreadyStated'));
    }
  }

  /** Shows or hides a statement's text on the article page. */
  async function setReviewPublic(slug: string, version: number, councilId: string, shown: boolean): Promise<Review> {
    try {
      const output = await send<UpdateCommandOutput>(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: keys.review(slug, version, councilId),
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

  return { requestReview, getReview, listArticleReviews, listCouncilReviews, stateReview, setReviewPublic };
}
