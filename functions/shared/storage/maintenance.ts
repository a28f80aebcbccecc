/**
 * Health check, table creation for local runs, and the local stand-in for DynamoDB TTL. In AWS, TTL deletes expired items;
 * dynalite never does, so the local server sweeps. Readers already ignore expired items, so
 * the sweep only reclaims space and keeps expired personal data from lingering on disk.
 */
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './context.ts';
import { scanPages } from './paging.ts';
import { send, sendUnlessAlreadyDone } from './send.ts';
import { ensureTable as createTableIfMissing, keys, TTL_ATTRIBUTE } from './table.ts';

export function maintenanceStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** Resolves when the table answers a read; throws StorageUnavailableError otherwise. */
  async function ping(): Promise<void> {
    await send(client, new GetCommand({ TableName: tableName, Key: keys.health }));
  }

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

  /** Creates the table if missing (local run and tests; in AWS, infra owns the table). */
  async function ensureTable(): Promise<void> {
    await createTableIfMissing(client, tableName);
  }

  /** Closes the client's kept-alive connections, so a process or test can end promptly. */
  function close(): void {
    client.destroy();
  }

  return { ping, sweepExpired, ensureTable, close };
}
