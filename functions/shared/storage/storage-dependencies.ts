import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What every part of the storage module needs; built once per process by createStorage. */
export type StorageContext = {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Days contact data is kept after its suggestion closed. */
  contactRetentionDays: number;
  now: () => Date;
};
