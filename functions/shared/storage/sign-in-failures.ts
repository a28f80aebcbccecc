/**
 * Wrong passwords on the local sign-in, per address (an HMAC of it), in the table so a restart of
 * the local server does not forgive them: one item per address with the failures' times, appended
 * atomically, read back filtered by time (dynalite never deletes by TTL) and deleted on success.
 */
import { DeleteCommand, GetCommand, UpdateCommand, type GetCommandOutput, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './storage-dependencies.ts';
import { send, sendUnlessAlreadyDone } from './send.ts';
import { TTL_ATTRIBUTE } from '../table-contract.ts';

/** More kept times than this are pruned to the recent ones when the next failure is recorded. */
const PRUNE_AT = 20;

export function signInFailureStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** The times (ms since the epoch) of the address's failures after `since`, oldest first. */
  async function failuresSince(addressHash: string, since: number): Promise<number[]> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: ctx.keys.signInFailures(addressHash), ConsistentRead: true }),
    );
    const times = Array.isArray(output.Item?.failures) ? (output.Item.failures as unknown[]) : [];
    return times.filter((at): at is number => typeof at === 'number' && at > since).sort((a, b) => a - b);
  }

  /** Records a failure at `at`; the item lasts until `expiresAt` (seconds), and only failures after `since` are kept once it grows. */
  async function recordFailure(addressHash: string, at: number, since: number, expiresAt: number): Promise<void> {
    const output = await send<UpdateCommandOutput>(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.signInFailures(addressHash),
        UpdateExpression: 'SET failures = list_append(if_not_exists(failures, :none), :at), #ttl = :ttl',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':none': [], ':at': [at], ':ttl': expiresAt },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const times = (output.Attributes?.failures as number[] | undefined) ?? [];
    if (times.length <= PRUNE_AT) return;
    // Only if nobody appended meanwhile; otherwise the next failure prunes.
    await sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.signInFailures(addressHash),
        UpdateExpression: 'SET failures = :kept',
        ConditionExpression: 'size(failures) = :count',
        ExpressionAttributeValues: { ':kept': times.filter((time) => time > since), ':count': times.length },
      }),
    );
  }

  /** Forgets the address's failures (a right password). */
  async function clearFailures(addressHash: string): Promise<void> {
    await send(client, new DeleteCommand({ TableName: tableName, Key: ctx.keys.signInFailures(addressHash) }));
  }

  return { failuresSince, recordFailure, clearFailures };
}

export type SignInFailureStorage = ReturnType<typeof signInFailureStorage>;
