import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableKeys } from './table.ts';

/** What every part of the storage module needs; built once per process (and kommune of a book) by createStorage. */
export type StorageContext = {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Days contact data is kept after its suggestion closed. */
  contactRetentionDays: number;
  now: () => Date;
  /** The keys of the kommune the storage is for (in a book), or of the kommune on its own. */
  keys: TableKeys;
};
