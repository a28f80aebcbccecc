/**
 * Erasing a suggestion's contact data: editors only, so apart from createStorage (the public
 * functions' bundles never carry it). One delete, then the versioned «erased» history entry.
 */
import { DeleteCommand, UpdateCommand, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, VersionConflictError } from '../errors.ts';
import type { HistoryEntry, Suggestion } from '../../../src/core/suggestions/types.ts';
import { apiText } from '../../../src/core/text/api.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { isConditionFailure, send } from './send.ts';
import { getSuggestionItem, toSuggestion } from './suggestion-items.ts';
import { bestEffort, writeHistory } from './suggestion-writes.ts';

export function contactErasure(ctx: StorageContext) {
  /**
   * Deletes the suggestion's contact data at once and records who erased it and when.
   * Retries on concurrent edits, since erasure must not fail because of an unrelated change.
   * Throws NotFoundError for an unknown id.
   */
  async function eraseContact(id: string, actor: string): Promise<Suggestion> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await getSuggestionItem(ctx, id);
      if (!current) throw new NotFoundError(apiText('error.suggestionNotFound'));
      await send(ctx.client, new DeleteCommand({ TableName: ctx.tableName, Key: ctx.keys.contact(id) }));
      if (!current.hasContact) return toSuggestion(current);
      await writeHistory(ctx, id, current.lastChange);
      const at = ctx.now().toISOString();
      const lastChange: HistoryEntry = { version: current.version + 1, at, actor, action: 'contact-erased' };
      try {
        const output: UpdateCommandOutput = await send(
          ctx.client,
          new UpdateCommand({
            TableName: ctx.tableName,
            Key: ctx.keys.suggestion(id),
            UpdateExpression: 'SET hasContact = :false, #version = :version, updatedAt = :at, lastChange = :lastChange',
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: {
              ':false': false,
              ':version': lastChange.version,
              ':expected': current.version,
              ':at': at,
              ':lastChange': lastChange,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        await bestEffort('history', id, () => writeHistory(ctx, id, lastChange));
        return toSuggestion(output.Attributes ?? {});
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new VersionConflictError();
  }

  return { eraseContact };
}
