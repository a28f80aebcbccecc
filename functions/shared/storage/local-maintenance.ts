/**
 * Table creation for local runs and tests, and the local stand-in for DynamoDB TTL. In AWS, infra
 * owns the table and TTL deletes expired items; dynalite never does, so the local server sweeps.
 * Readers already ignore expired items, so the sweep only reclaims space and keeps expired personal
 * data from lingering on disk. Kept out of the functions' storage: no Lambda bundles CreateTable or Scan.
 */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './storage-dependencies.ts';
import { scanPages } from './paging.ts';
import { sendUnlessAlreadyDone } from './send.ts';
import { ensureTable as createTableIfMissing } from './table.ts';
import { TTL_ATTRIBUTE } from '../table-contract.ts';

export function localMaintenance(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** Deletes every item whose TTL has passed; returns how many. Local use only (it scans). */
  async function sweepExpired(): Promise<number> {
    const nowSeconds = Math.floor(ctx.now().getTime() / 1000);
    let deleted = 0;
    const pages = scanPages(client, {
      TableName: tableName,
      FilterExpression: '#ttl <= :now',
      ProjectionExpression: 'pk, sk',
      ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ':now': nowSeconds },
    });
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        const removed = await sendUnlessAlreadyDone(
          client,
          new DeleteCommand({
            TableName: tableName,
            Key: { pk: item.pk, sk: item.sk },
            ConditionExpression: '#ttl <= :now',
            ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: { ':now': nowSeconds },
          }),
        );
        if (removed) deleted += 1;
      }
    }
    return deleted;
  }

  /** Creates the table if missing. */
  async function ensureTable(): Promise<void> {
    await createTableIfMissing(client, tableName);
  }

  return { sweepExpired, ensureTable };
}
