/**
 * Councils and their codes. The code itself is never stored: the council item keeps the hash
 * of its active code, and a separate code item keyed by that hash makes lookup one GetItem.
 * Writes are ordered so that a half-finished change never leaves a usable revoked code.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../errors.ts';
import type { StorageContext } from './context.ts';
import { queryAll } from './paging.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import { keys } from './table.ts';
import type { Council } from '../../../src/core/suggestions/types.ts';
import { apiText } from '../../../src/core/text/api.ts';

function toCouncil(item: Record<string, unknown>): Council {
  return {
    id: item.id as string,
    name: item.name as string,
    createdAt: item.createdAt as string,
    codeHash: item.codeHash as string,
    codeCreatedAt: item.codeCreatedAt as string,
    ...(typeof item.revokedAt === 'string' ? { revokedAt: item.revokedAt } : {}),
    ...(typeof item.contactEmail === 'string' ? { contactEmail: item.contactEmail } : {}),
  };
}

export function councilStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  async function putCode(codeHash: string, councilId: string, at: string): Promise<void> {
    await send(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.councilCode(codeHash), councilId, createdAt: at },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async function revokeCode(codeHash: string, at: string): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: keys.councilCode(codeHash),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }

  /** Creates a council whose code has the given hash (see councils/council-code.ts). */
  async function createCouncil(input: { name: string; codeHash: string }): Promise<Council> {
    const at = ctx.now().toISOString();
    const council: Council = { id: randomUUID(), name: input.name, createdAt: at, codeHash: input.codeHash, codeCreatedAt: at };
    // Code first: a council item never points at a code that doesn't exist.
    await putCode(input.codeHash, council.id, at);
    await send(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...keys.council(council.id), ...council },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return council;
  }

  async function getCouncil(id: string): Promise<Council | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: keys.council(id), ConsistentRead: true }),
    );
    return output.Item ? toCouncil(output.Item) : undefined;
  }

  /** All councils, revoked ones included, by name. */
  async function listCouncils(): Promise<Council[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.councilsPartition },
    });
    return items.map(toCouncil).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  /** Gives a council a new code; the old one stops working. Throws NotFoundError. */
  async function replaceCouncilCode(id: string, codeHash: string): Promise<Council> {
    const current = await getCouncil(id);
    if (!current) throw new NotFoundError(apiText('error.councilNotFound'));
    const at = ctx.now().toISOString();
    await putCode(codeHash, id, at);
    const output: UpdateCommandOutput = await send(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: keys.council(id),
        UpdateExpression: 'SET codeHash = :hash, codeCreatedAt = :at REMOVE revokedAt',
        ExpressionAttributeValues: { ':hash': codeHash, ':at': at },
        ReturnValues: 'ALL_NEW',
      }),
    );
    await revokeCode(current.codeHash, at);
    return toCouncil(output.Attributes ?? {});
  }

  /** Revokes a council and its code. Throws NotFoundError. */
  async function revokeCouncil(id: string): Promise<Council> {
    const current = await getCouncil(id);
    if (!current) throw new NotFoundError(apiText('error.councilNotFound'));
    const at = ctx.now().toISOString();
    // The council first: lookups check it too, so the code is dead even if the next write fails.
    const output: UpdateCommandOutput = await send(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: keys.council(id),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ExpressionAttributeValues: { ':at': at },
        ReturnValues: 'ALL_NEW',
      }),
    );
    await revokeCode(current.codeHash, at);
    return toCouncil(output.Attributes ?? {});
  }

  /** The active council whose current code has this hash, if any. */
  async function findCouncilByCodeHash(codeHash: string): Promise<Council | undefined> {
    const output = await send<GetCommandOutput>(client, new GetCommand({ TableName: tableName, Key: keys.councilCode(codeHash) }));
    const code = output.Item;
    if (!code || typeof code.revokedAt === 'string' || typeof code.councilId !== 'string') return undefined;
    const council = await getCouncil(code.councilId);
    if (!council || council.revokedAt !== undefined || council.codeHash !== codeHash) return undefined;
    return council;
  }

  /** Sets or (with null) removes the council's contact e-mail. Throws NotFoundError. */
  async function setCouncilContact(id: string, contactEmail: string | null): Promise<Council> {
    try {
      const output: UpdateCommandOutput = await send(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: keys.council(id),
          UpdateExpression: contactEmail === null ? 'REMOVE contactEmail' : 'SET contactEmail = :email',
          ConditionExpression: 'attribute_exists(pk)',
          ...(contactEmail === null ? {} : { ExpressionAttributeValues: { ':email': contactEmail } }),
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toCouncil(output.Attributes ?? {});
    } catch (error) {
      if (isConditionFailure(error)) throw new NotFoundError(apiText('error.councilNotFound'));
      throw error;
    }
  }

  return { setCouncilContact, createCouncil, getCouncil, listCouncils, replaceCouncilCode, revokeCouncil, findCouncilByCodeHash };
}
