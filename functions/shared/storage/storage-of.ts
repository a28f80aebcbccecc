/**
 * Storage parts kept out of the shared context (createStorage) so the public functions' bundles
 * stay small, created for a context on first use. Keyed by the context's settings, which copies
 * of a context (with a publisher, with the book) share, and by its kommune in a book: each
 * kommune gets its own part (its own keys), all over one client.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Env } from '../env.ts';
import { createDocumentClient } from './client.ts';
import type { StorageOptions } from './index.ts';

export function storageOf<T>(
  create: (options: StorageOptions) => T,
): (ctx: { env: Env; now: () => Date; kommune?: string | undefined }) => T {
  const made = new WeakMap<Env, { client: DynamoDBDocumentClient; parts: Map<string | undefined, T> }>();
  return (ctx) => {
    let forEnv = made.get(ctx.env);
    if (!forEnv) {
      forEnv = { client: createDocumentClient({ region: ctx.env.AWS_REGION, endpoint: ctx.env.DYNAMODB_ENDPOINT }), parts: new Map() };
      made.set(ctx.env, forEnv);
    }
    let storage = forEnv.parts.get(ctx.kommune);
    if (!storage) {
      storage = create({
        client: forEnv.client,
        tableName: ctx.env.TABLE_NAME,
        contactRetentionDays: ctx.env.CONTACT_RETENTION_DAYS,
        now: ctx.now,
        kommune: ctx.kommune,
      });
      forEnv.parts.set(ctx.kommune, storage);
    }
    return storage;
  };
}
