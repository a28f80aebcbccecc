/**
 * The storage module: every DynamoDB access pattern of the application, behind plain functions.
 * Handlers and domain code never see keys, indexes or SDK commands. Table layout: table.ts.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { councilStorage } from './councils.ts';
import { feedbackStorage } from './feedback.ts';
import { maintenanceStorage } from './maintenance.ts';
import { rateLimitStorage } from './rate-limit.ts';
import { suggestionStorage } from './suggestions.ts';

export type StorageOptions = {
  client: DynamoDBDocumentClient;
  tableName: string;
  contactRetentionDays: number;
  /** Injectable clock for tests; defaults to the real time. */
  now?: () => Date;
};

export function createStorage(options: StorageOptions) {
  const ctx = { client: options.client, tableName: options.tableName, contactRetentionDays: options.contactRetentionDays, now: options.now ?? (() => new Date()) };
  return {
    ...suggestionStorage(ctx),
    ...councilStorage(ctx),
    ...feedbackStorage(ctx),
    ...rateLimitStorage(ctx),
    ...maintenanceStorage(ctx),
  };
}

export type Storage = ReturnType<typeof createStorage>;

export { ensureTable, TABLE_SCHEMA, TTL_ATTRIBUTE, STATUS_INDEX, PUBLIC_INDEX } from './table.ts';
