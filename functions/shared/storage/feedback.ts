/**
 * Page feedback. Each answer is its own item under its page (newest first by sort key); a
 * per-page summary item counts Ja/Nei with atomic ADD so the editors' overview is one Query.
 * The two writes can't be atomic without transactions: the answer item is written first and
 * is the record; the per-page listing counts exactly from the items.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand, UpdateCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './storage-dependencies.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { countAll, queryAll } from './paging.ts';
import { isConditionFailure, send } from './send.ts';
import type { FeedbackEntry, Page, PageFeedbackSummary } from '../../../src/core/suggestions/types.ts';

const FEEDBACK_CURSOR_KEYS = ['pk', 'sk'] as const;

function toEntry(item: Record<string, unknown>): FeedbackEntry {
  return {
    id: item.id as string,
    page: item.page as string,
    useful: item.useful as boolean,
    ...(typeof item.comment === 'string' ? { comment: item.comment } : {}),
    createdAt: item.createdAt as string,
    ...(typeof item.handledBy === 'string' ? { handledBy: item.handledBy, handledAt: item.handledAt as string } : {}),
  };
}

export function feedbackStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  async function recordFeedback(input: { page: string; useful: boolean; comment?: string }): Promise<FeedbackEntry> {
    const entry: FeedbackEntry = { id: randomUUID(), createdAt: ctx.now().toISOString(), ...input };
    await send(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...ctx.keys.feedback(input.page, entry.createdAt, entry.id), ...entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    await send(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.feedbackPage(input.page),
        // Every name aliased: PAGE, NO and COMMENTS-like words are DynamoDB reserved words.
        UpdateExpression: `SET #page = :page, #lastAt = :at ADD #answer :one${input.comment ? ', #comments :one' : ''}`,
        ExpressionAttributeNames: {
          '#page': 'page',
          '#lastAt': 'lastAt',
          '#answer': input.useful ? 'yes' : 'no',
          ...(input.comment ? { '#comments': 'comments' } : {}),
        },
        ExpressionAttributeValues: { ':page': input.page, ':at': entry.createdAt, ':one': 1 },
      }),
    );
    return entry;
  }

  /**
   * Adds the comment a reader wrote after answering Ja or Nei to that answer, so the answer is
   * counted once. False when there is no such answer on the page or it already has a comment.
   */
  async function addFeedbackComment(input: { page: string; createdAt: string; id: string; comment: string }): Promise<boolean> {
    try {
      await send(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: ctx.keys.feedback(input.page, input.createdAt, input.id),
          UpdateExpression: 'SET #comment = :comment',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#comment)',
          ExpressionAttributeNames: { '#comment': 'comment' },
          ExpressionAttributeValues: { ':comment': input.comment },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
    await send(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.feedbackPage(input.page),
        UpdateExpression: 'ADD #comments :one',
        ExpressionAttributeNames: { '#comments': 'comments' },
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
    return true;
  }

  /** Every page that got feedback, with Ja/Nei counts, most "Nei" first. */
  async function listFeedbackPages(): Promise<PageFeedbackSummary[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': ctx.keys.feedbackPagesPartition },
    });
    const pages = items.map((item): PageFeedbackSummary => ({
      page: String(item.page),
      yes: Number(item.yes ?? 0),
      no: Number(item.no ?? 0),
      comments: Number(item.comments ?? 0),
      lastAt: String(item.lastAt),
    }));
    return pages.sort((a, b) => b.no - a.no || a.page.localeCompare(b.page));
  }

  async function countUseful(page: string, useful: boolean): Promise<number> {
    return countAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: 'useful = :useful',
      ExpressionAttributeValues: { ':pk': ctx.keys.feedbackPartition(page), ':prefix': 'FEEDBACK#', ':useful': useful },
    });
  }

  /** One page's answers newest first, with exact Ja/Nei counts. */
  async function listPageFeedback(
    page: string,
    input: { limit: number; cursor?: string },
  ): Promise<Page<FeedbackEntry> & { yes: number; no: number }> {
    const partition = ctx.keys.feedbackPartition(page);
    const [output, yes, no] = await Promise.all([
      send<QueryCommandOutput>(
        client,
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': partition, ':prefix': 'FEEDBACK#' },
          ScanIndexForward: false,
          Limit: input.limit,
          ExclusiveStartKey: decodeCursor(input.cursor, FEEDBACK_CURSOR_KEYS, 'pk', partition),
        }),
      ),
      countUseful(page, true),
      countUseful(page, false),
    ]);
    const nextCursor = encodeCursor(output.LastEvaluatedKey);
    return { items: (output.Items ?? []).map(toEntry), yes, no, ...(nextCursor ? { nextCursor } : {}) };
  }

  return { recordFeedback, addFeedbackComment, listFeedbackPages, listPageFeedback };
}
