/**
 * Suggestion references (F-YYYY-NNNN). One counter item per year, raised with an atomic ADD, so
 * concurrent submissions never get the same number; a lookup item per reference points at the
 * suggestion, so a reference read out on the phone is one GetItem away from it.
 * In a book the counter is the book's, so no two of its kommuner ever give the same reference,
 * and the lookup item the kommune's, so a reference only leads to a suggestion of its own kommune.
 *
 * Numbers asked for while the counter is being raised wait for that write to end and then share
 * one: `ADD :n` gives n consecutive numbers, handed out in the order they were asked for. A
 * Lambda serves one request at a time, so there it is always one ADD per number; the local server
 * takes many at once, and there one hot counter item raised once per request made every
 * submission wait in line for the others' writes of it (dynalite locks the item for each).
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { formatReference, referenceYear } from '../../../src/core/suggestions/reference.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { send, sendUnlessAlreadyDone } from './send.ts';

type Waiting = { resolve: (number: number) => void; reject: (error: unknown) => void };

export function referenceStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;
  const counters = new Map<number, { raising: boolean; waiting: Waiting[] }>();

  /** Raises the year's counter by `count` and returns the first of the numbers it gave. */
  async function raiseCounter(year: number, count: number): Promise<number> {
    const output = await send<UpdateCommandOutput>(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.referenceCounter(year),
        UpdateExpression: 'ADD #last :count',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: { ':count': count },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(output.Attributes?.last) - count + 1;
  }

  /**
   * One counter write at a time per year; whoever asked meanwhile shares the next one. When the
   * store fails that write, those waiting get the same failure at once instead of a write of
   * their own that would keep them the whole storage limit again.
   */
  function raiseForWaiting(year: number): void {
    const counter = counters.get(year);
    if (!counter || counter.raising) return;
    const batch = counter.waiting.splice(0);
    if (batch.length === 0) {
      counters.delete(year);
      return;
    }
    counter.raising = true;
    raiseCounter(year, batch.length).then(
      (first) => {
        batch.forEach((waiting, index) => waiting.resolve(first + index));
        counter.raising = false;
        raiseForWaiting(year);
      },
      (error: unknown) => {
        for (const waiting of [...batch, ...counter.waiting.splice(0)]) waiting.reject(error);
        counters.delete(year);
      },
    );
  }

  function nextNumber(year: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const counter = counters.get(year) ?? { raising: false, waiting: [] };
      counters.set(year, counter);
      counter.waiting.push({ resolve, reject });
      raiseForWaiting(year);
    });
  }

  /**
   * Takes the next reference of this year and points it at `suggestionId`. A number taken by a
   * request that then fails is never handed out again: references may have gaps, never twins.
   */
  async function allocateReference(suggestionId: string): Promise<string> {
    const year = referenceYear(ctx.now());
    const reference = formatReference(year, await nextNumber(year));
    await sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...ctx.keys.reference(reference), reference, suggestionId, createdAt: ctx.now().toISOString() },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return reference;
  }

  /** The id of the suggestion a reference was given to, if any. */
  async function findSuggestionIdByReference(reference: string): Promise<string | undefined> {
    const output = await send<GetCommandOutput>(client, new GetCommand({ TableName: tableName, Key: ctx.keys.reference(reference) }));
    return typeof output.Item?.suggestionId === 'string' ? output.Item.suggestionId : undefined;
  }

  return { allocateReference, findSuggestionIdByReference };
}
