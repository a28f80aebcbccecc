/**
 * Storage parts kept out of the shared context (createStorage) so the public functions' bundles
 * stay small, created for a context on first use. Keyed by the context's settings, which copies
 * of a context (with a publisher, with the book) share.
 */
import type { Env } from '../env.ts';
import { createDocumentClient } from './client.ts';
import type { StorageOptions } from './index.ts';

export function storageOf<T>(create: (options: StorageOptions) => T): (ctx: { env: Env; now: () => Date }) => T {
  const made = new WeakMap<Env, T>();
  return (ctx) => {
    let storage = made.get(ctx.env);
    if (!storage) {
      const client = createDocumentClient({ region: ctx.env.AWS_REGION, endpoint: ctx.env.DYNAMODB_ENDPOINT });
      storage = create({ client, tableName: ctx.env.TABLE_NAME, contactRetentionDays: ctx.env.CONTACT_RETENTION_DAYS, now: ctx.now });
      made.set(ctx.env, storage);
    }
    return storage;
  };
}
