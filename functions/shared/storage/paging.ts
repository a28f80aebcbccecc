/**
 * Reading a query or scan to its end, page after page (DynamoDB pages stop at 1 MB), through the
 * SDK's own paginators, with failures sorted out as `send` sorts them.
 */
import {
  paginateQuery,
  paginateScan,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { storageFailure } from './send.ts';

type Pages = AsyncIterable<{ Items?: Record<string, unknown>[] | undefined; Count?: number | undefined }>;

async function* checked(pages: Pages): Pages {
  try {
    yield* pages;
  } catch (error) {
    throw storageFailure(error);
  }
}

/** Every page of a query. */
export const queryPages = (client: DynamoDBDocumentClient, input: QueryCommandInput): Pages => checked(paginateQuery({ client }, input));

/** Every page of a scan. */
export const scanPages = (client: DynamoDBDocumentClient, input: ScanCommandInput): Pages => checked(paginateScan({ client }, input));

/** Every item a query finds. */
export async function queryAll(client: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const page of queryPages(client, input)) items.push(...(page.Items ?? []));
  return items;
}

/** How many items a query finds (Select: COUNT, all pages). */
export async function countAll(client: DynamoDBDocumentClient, input: Omit<QueryCommandInput, 'Select'>): Promise<number> {
  let count = 0;
  for await (const page of queryPages(client, { ...input, Select: 'COUNT' })) count += page.Count ?? 0;
  return count;
}
