/**
 * Fixed one-hour windows per client: one counter item per (daily client hash, hour), raised
 * with a conditional ADD so concurrent requests can't overshoot. Counters carry a TTL and are
 * only ever read through the condition, so dynalite's missing TTL deletion doesn't matter.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './context.ts';
import { isConditionFailure, send } from './send.ts';
import { keys, TTL_ATTRIBUTE } from './table.ts';
import type { RateLimitResult } from '../../../src/core/suggestions/types.ts';

export function rateLimitStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** Counts one submission for `clientHash`; refuses once `limit` were counted this hour. */
  async function consumeRateLimit(clientHash: string, limit: number): Promise<RateLimitResult> {
    const now = ctx.now();
    const hourStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours());
    const hourEnd = hourStart + 3_600_000;
    const retryAfterSeconds = Math.ceil((hourEnd - now.getTime()) / 1000);
    try {
      const output = await send<{ Attributes?: Record<string, unknown> }>(client, new UpdateCommand({
        TableName: tableName,
        Key: keys.rate(clientHash, new Date(hourStart).toISOString().slice(0, 13)),
        UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': Math.floor(hourEnd / 1000) + 3_600 },
        ReturnValues: 'UPDATED_NEW',
      }));
      return { allowed: true, remaining: Math.max(0, limit - Number(output.Attributes?.count ?? limit)) };
    } catch (error) {
      if (isConditionFailure(error)) return { allowed: false, retryAfterSeconds };
      throw error;
    }
  }

  return { consumeRateLimit };
}
