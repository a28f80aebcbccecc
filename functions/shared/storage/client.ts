/**
 * The DynamoDB document client. In AWS the SDK finds credentials in the Lambda environment;
 * locally only the endpoint changes (dynalite) and the credentials are placeholders.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { STORAGE_CONNECTION_TIMEOUT_MS, STORAGE_MAX_ATTEMPTS, STORAGE_REQUEST_TIMEOUT_MS } from '../table-contract.ts';

export type DynamoOptions = { region: string; endpoint?: string | undefined };

export function createDocumentClient(options: DynamoOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: options.region,
    // Few attempts and short timeouts: a citizen waiting on a form should get our 503 message
    // within seconds. Without throwOnRequestTimeout the handler only logs a warning when the
    // timeout passes, and a store that accepts the connection but never answers hangs the request.
    maxAttempts: STORAGE_MAX_ATTEMPTS,
    requestHandler: {
      connectionTimeout: STORAGE_CONNECTION_TIMEOUT_MS,
      requestTimeout: STORAGE_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
