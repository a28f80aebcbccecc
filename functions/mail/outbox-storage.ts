/**
 * The outbox storage of a context, created on first use. Kept out of the shared context so the
 * public functions' bundles don't carry it; keyed by the context's settings, which copies of a
 * context (with a publisher, with the book) share.
 */
import type { AppContext } from '../shared/context.ts';
import type { Env } from '../shared/env.ts';
import { createDocumentClient } from '../shared/storage/client.ts';
import { createOutboxStorage, type OutboxStorage } from '../shared/storage/index.ts';

const storages = new WeakMap<Env, OutboxStorage>();

export function outboxOf(ctx: AppContext): OutboxStorage {
  let outbox = storages.get(ctx.env);
  if (!outbox) {
    const client = createDocumentClient({ region: ctx.env.AWS_REGION, endpoint: ctx.env.DYNAMODB_ENDPOINT });
    outbox = createOutboxStorage({ client, tableName: ctx.env.TABLE_NAME, contactRetentionDays: ctx.env.CONTACT_RETENTION_DAYS, now: ctx.now });
    storages.set(ctx.env, outbox);
  }
  return outbox;
}
