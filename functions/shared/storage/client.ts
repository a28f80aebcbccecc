/**
 * The DynamoDB document client. In AWS the SDK finds credentials in the Lambda environment;
 * locally only the endpoint changes (dynalite) and the credentials are placeholders.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type DynamoOptions = { region: string; endpoint?: string | undefined };

export function createDocumentClient(options: DynamoOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: options.region,
    // Two attempts and short timeouts: a citizen waiting on a form should get our 503 message
    // within seconds, not after the SDK's default back-off.
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 },
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
