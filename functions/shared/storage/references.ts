/**
 * Suggestion references (F-YYYY-NNNN). One counter item per year, raised with an atomic ADD, so
 * concurrent submissions never get the same number; a lookup item per reference points at the
 * suggestion, so a reference read out on the phone is one GetItem away from it.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { formatReference, referenceYear } from '../../../src/core/suggestions/reference.ts';
import type { StorageContext } from './context.ts';
import { send, sendUnlessAlreadyDone } from './send.ts';

export const referenceKeys = {
  counter: (year: number) => ({ pk: 'REFERENCES', sk: `YEAR#${year}` }),
  reference: (reference: string) => ({ pk: `REFERENCE#${reference}`, sk: 'META' }),
} as const;

export function referenceStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /**
   * Takes the next reference of this year and points it at `suggestionId`. A number taken by a
   * request that then fails is never handed out again: references may have gaps, never twins.
   */
  async function allocateReference(suggestionId: string): Promise<string> {
    const year = referenceYear(ctx.now());
    const output = await send<UpdateCommandOutput>(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: referenceKeys.counter(year),
        UpdateExpression: 'ADD #last :one',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const reference = formatReference(year, Number(output.Attributes?.last));
    await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...referenceKeys.reference(reference), reference, suggestionId, createdAt: ctx.now().toISOString() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return reference;
  }

  /** The id of the suggestion a reference was given to, if any. */
  async function findSuggestionIdByReference(reference: string): Promise<string | undefined> {
    const output = await send<GetCommandOutput>(client, new GetCommand({ TableName: tableName, Key: referenceKeys.reference(reference) }));
    return typeof output.Item?.suggestionId === 'string' ? output.Item.suggestionId : undefined;
  }

  return { allocateReference, findSuggestionIdByReference };
}
