/**
 * Editors mark a page-feedback comment as handled (or not again): one conditional update on the
 * answer's own item, which keeps who handled it and when. Apart from feedback.ts so the public
 * functions' bundles don't carry what only editors do.
 */
import { UpdateCommand, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../errors.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { isConditionFailure, send } from './send.ts';
import type { FeedbackEntry } from '../../../src/core/suggestions/types.ts';
import { moderationText } from '../../../src/core/text/moderation.ts';

export function feedbackHandlingStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  async function markFeedbackHandled(
    entry: Pick<FeedbackEntry, 'page' | 'createdAt' | 'id'>,
    actor: string,
    handled: boolean,
  ): Promise<FeedbackEntry> {
    try {
      const output = await send<UpdateCommandOutput>(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: ctx.keys.feedback(entry.page, entry.createdAt, entry.id),
          UpdateExpression: handled ? 'SET handledBy = :actor, handledAt = :at' : 'REMOVE handledBy, handledAt',
          ConditionExpression: 'attribute_exists(pk)',
          ...(handled ? { ExpressionAttributeValues: { ':actor': actor, ':at': ctx.now().toISOString() } } : {}),
          ReturnValues: 'ALL_NEW',
        }),
      );
      const { pk: _pk, sk: _sk, ...stored } = output.Attributes ?? {};
      return stored as FeedbackEntry;
    } catch (error) {
      if (isConditionFailure(error)) throw new NotFoundError(moderationText('feedback.notFound'));
      throw error;
    }
  }

  return { markFeedbackHandled };
}
