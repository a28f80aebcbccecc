/**
 * Health check and closing the client: what every function's storage carries. Table creation and
 * the stand-in for DynamoDB TTL are local-maintenance.ts, apart so no Lambda bundles them.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './storage-dependencies.ts';
import { send } from './send.ts';

export function maintenanceStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** Resolves when the table answers a read; throws StorageUnavailableError otherwise. */
  async function ping(): Promise<void> {
    await send(client, new GetCommand({ TableName: tableName, Key: ctx.keys.health }));
  }

  /** Closes the client's kept-alive connections, so a process or test can end promptly. */
  function close(): void {
    client.destroy();
  }

  return { ping, close };
}
