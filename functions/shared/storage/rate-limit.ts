/**
 * A sliding one-hour window per client, estimated from two fixed hours (the count of the hour
 * before, weighted by how much of it still lies within the last 60 minutes, plus this hour's
 * count), so a burst just before a clock hour and another just after can't pass twice the limit.
 * One counter item per (client hash, hour), raised with a conditional ADD so concurrent requests
 * can't overshoot; the hour before is closed, so reading it first is race-free. Counters carry a
 * TTL and are only read for the two latest hours, so dynalite's missing TTL deletion doesn't matter.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './storage-dependencies.ts';
import { isConditionFailure, send } from './send.ts';
import { TTL_ATTRIBUTE } from '../table-contract.ts';
import type { RateLimitResult } from '../../../src/core/suggestions/types.ts';

const HOUR_MS = 3_600_000;

/** The client's hash for the hour starting at `hourStart` (hashes may change from one day to the next). */
export type ClientHashAt = (hourStart: Date) => string;

export function rateLimitStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;
  const hourKey = (clientHashAt: ClientHashAt, hourStart: number) => {
    const start = new Date(hourStart);
    return ctx.keys.rate(clientHashAt(start), start.toISOString().slice(0, 13));
  };

  async function countOf(key: Record<string, string>): Promise<number> {
    const output = await send<{ Item?: Record<string, unknown> }>(
      client,
      new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
    );
    return Number(output.Item?.count ?? 0);
  }

  /** The window now: this hour's counter, the hour before's count, and how many this hour may hold. */
  async function windowOf(clientHashAt: ClientHashAt, limit: number) {
    const now = ctx.now().getTime();
    const hourStart = now - (now % HOUR_MS);
    const elapsed = (now - hourStart) / HOUR_MS;
    const thisHour = hourKey(clientHashAt, hourStart);
    const lastHourCount = await countOf(hourKey(clientHashAt, hourStart - HOUR_MS));
    return { now, hourStart, thisHour, lastHourCount, allowance: limit - lastHourCount * (1 - elapsed) };
  }

  /**
   * Whether one more would be counted now, without counting it: for limits that count only what
   * went wrong (a wrong council code), checked before the attempt and counted after it failed.
   */
  async function checkRateLimit(clientHashAt: ClientHashAt, limit: number): Promise<RateLimitResult> {
    const { now, hourStart, thisHour, lastHourCount, allowance } = await windowOf(clientHashAt, limit);
    const count = await countOf(thisHour);
    if (count + 1 <= allowance) return { allowed: true, remaining: Math.max(0, Math.floor(allowance - count - 1)) };
    return { allowed: false, retryAfterSeconds: secondsUntilFree(count, lastHourCount, limit, now, hourStart) };
  }

  /** Counts one submission; refuses once `limit` were counted in the last 60 minutes. */
  async function consumeRateLimit(clientHashAt: ClientHashAt, limit: number): Promise<RateLimitResult> {
    const { now, hourStart, thisHour, lastHourCount, allowance } = await windowOf(clientHashAt, limit);
    const refuse = async (): Promise<RateLimitResult> => ({
      allowed: false,
      retryAfterSeconds: secondsUntilFree(await countOf(thisHour), lastHourCount, limit, now, hourStart),
    });
    // One more must fit whole: a sliver of allowance left by the hour before is no room for one.
    if (allowance < 1) return refuse();
    try {
      const output = await send<{ Attributes?: Record<string, unknown> }>(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: thisHour,
          UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(#count) OR #count <= :room',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': TTL_ATTRIBUTE },
          // Kept through the next hour, whose estimate reads it.
          ExpressionAttributeValues: { ':one': 1, ':room': allowance - 1, ':ttl': Math.floor((hourStart + 3 * HOUR_MS) / 1000) },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { allowed: true, remaining: Math.max(0, Math.floor(allowance - Number(output.Attributes?.count ?? limit))) };
    } catch (error) {
      if (isConditionFailure(error)) return refuse();
      throw error;
    }
  }

  return { consumeRateLimit, checkRateLimit };
}

/**
 * When one more submission fits: within this hour once the last hour's weight has shrunk
 * enough, otherwise in the next hour, where this hour's count becomes the weighted one.
 */
function secondsUntilFree(thisHourCount: number, lastHourCount: number, limit: number, now: number, hourStart: number): number {
  // Free once one more fits whole: count + 1 ≤ limit − carried × (what is left of the hour before).
  const freeAt = (count: number, carried: number, start: number) => start + HOUR_MS * Math.max(0, 1 - (limit - count - 1) / carried);
  const at =
    thisHourCount < limit && lastHourCount > 0
      ? freeAt(thisHourCount, lastHourCount, hourStart)
      : freeAt(0, Math.max(thisHourCount, 1), hourStart + HOUR_MS);
  return Math.max(1, Math.ceil((at - now) / 1000) + 1);
}
