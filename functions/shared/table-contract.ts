/**
 * The table as a contract between the code that queries it and the CDK app that creates it: its
 * key schema and indexes, the TTL attribute, and how long one call to it may take. Imports
 * nothing (no AWS SDK), so infra reads the table from here and never from the storage module;
 * storage/table.ts creates the same table locally and in tests (ensureTable), and
 * storage/client.ts sets the SDK's timeouts from these numbers. The CDK app sets every
 * function's timeout above STORAGE_CALL_LIMIT_MS, so API Gateway's English "Service
 * Unavailable" never reaches a reader: the Norwegian 503 comes first.
 */

/** The item attribute DynamoDB's time to live reads (epoch seconds); expired items are filtered on read as well. */
export const TTL_ATTRIBUTE = 'expiresAt';
/** Suggestions by status, newest first (the editors' queue). */
export const STATUS_INDEX = 'gsi1';
/** Suggestions the editors made public, newest first (/svar-pa-forslag/). */
export const PUBLIC_INDEX = 'gsi2';

/** Key schema and indexes; the table name comes from configuration. */
export const TABLE_SCHEMA = {
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
    { AttributeName: 'gsi1pk', AttributeType: 'S' },
    { AttributeName: 'gsi1sk', AttributeType: 'S' },
    { AttributeName: 'gsi2pk', AttributeType: 'S' },
    { AttributeName: 'gsi2sk', AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: [
    {
      IndexName: STATUS_INDEX,
      KeySchema: [
        { AttributeName: 'gsi1pk', KeyType: 'HASH' },
        { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    },
    {
      IndexName: PUBLIC_INDEX,
      KeySchema: [
        { AttributeName: 'gsi2pk', KeyType: 'HASH' },
        { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    },
  ],
  BillingMode: 'PAY_PER_REQUEST',
} as const;

/** Attempts per call: one retry rides out a dropped connection; more only keeps a reader waiting. */
export const STORAGE_MAX_ATTEMPTS = 2;
export const STORAGE_CONNECTION_TIMEOUT_MS = 1_000;
/** DynamoDB answers in milliseconds; two seconds without an answer means it is stuck. */
export const STORAGE_REQUEST_TIMEOUT_MS = 2_000;
/** Room for the SDK's back-off between attempts (100 ms base, jittered, higher when throttled). */
const RETRY_DELAY_ALLOWANCE_MS = 1_000;

/** The longest one storage call can take, retry included, before it fails with 503. */
export const STORAGE_CALL_LIMIT_MS =
  STORAGE_MAX_ATTEMPTS * (STORAGE_CONNECTION_TIMEOUT_MS + STORAGE_REQUEST_TIMEOUT_MS) + RETRY_DELAY_ALLOWANCE_MS;
