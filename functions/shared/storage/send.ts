/**
 * Sends a command and sorts out failures: a failed condition is the caller's business and is
 * passed on; a programming mistake (ValidationException) stays a plain error (500); everything
 * else (network, throttling, DynamoDB down) becomes StorageUnavailableError (503).
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StorageUnavailableError } from '../errors.ts';

const PROGRAMMING_ERRORS = new Set(['ValidationException', 'SerializationException']);

export function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException || (error as { name?: unknown } | null)?.name === 'ConditionalCheckFailedException'
  );
}

/**
 * Sends a conditional write whose failed condition means "already so, nothing to do"
 * (a history item written twice, a TTL on a contact item that is gone). Resolves whether it was applied.
 */
export async function sendUnlessAlreadyDone(client: DynamoDBDocumentClient, command: object): Promise<boolean> {
  try {
    await send(client, command);
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** What a failed DynamoDB call becomes: itself for a failed condition or a programming mistake, else StorageUnavailableError. */
export function storageFailure(error: unknown): unknown {
  if (isConditionFailure(error)) return error;
  if (error instanceof Error && PROGRAMMING_ERRORS.has(error.name)) return error;
  return new StorageUnavailableError(error);
}

/** `command` is any lib-dynamodb command; `Output` its output type, named by the caller. */
export async function send<Output = unknown>(client: DynamoDBDocumentClient, command: object): Promise<Output> {
  try {
    return (await client.send(command as never)) as Output;
  } catch (error) {
    throw storageFailure(error);
  }
}
