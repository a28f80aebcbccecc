/**
 * Managing councils and their codes (editors only, so apart from createStorage: the public
 * functions never carry it). The code itself is never stored: the council item keeps the hash of
 * its active code, and a separate code item keyed by that hash makes lookup one GetItem. Writes
 * are ordered so that a half-finished change never leaves a usable revoked code.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand, UpdateCommand, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../errors.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { councilStorage, toCouncil } from './councils.ts';
import { queryAll } from './paging.ts';
import { isConditionFailure, send, sendUnlessAlreadyDone } from './send.ts';
import type { Council } from '../../../src/core/suggestions/types.ts';
import { apiText } from '../../../src/core/text/api.ts';

export function councilAdminStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;
  const { getCouncil } = councilStorage(ctx);
  async function putCode(codeHash: string, councilId: string, at: string): Promise<void> {
    await send(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...ctx.keys.councilCode(codeHash), councilId, createdAt: at },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async function revokeCode(codeHash: string, at: string): Promise<void> {
    await sendUnlessAlreadyDone(
      client,
      new UpdateCommand({
        TableName: tableName,
        Key: ctx.keys.councilCode(codeHash),
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
        Item: { ...ctx.keys.council(council.id), ...council },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return council;
  }

  /** All councils, revoked ones included, by name. */
  async function listCouncils(): Promise<Council[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': ctx.keys.councilsPartition },
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
        Key: ctx.keys.council(id),
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
        Key: ctx.keys.council(id),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ExpressionAttributeValues: { ':at': at },
        ReturnValues: 'ALL_NEW',
      }),
    );
    await revokeCode(current.codeHash, at);
    return toCouncil(output.Attributes ?? {});
  }

  /** Sets or (with null) removes the council's contact e-mail. Throws NotFoundError. */
  async function setCouncilContact(id: string, contactEmail: string | null): Promise<Council> {
    try {
      const output: UpdateCommandOutput = await send(
        client,
        new UpdateCommand({
          TableName: tableName,
          Key: ctx.keys.council(id),
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

  return { setCouncilContact, createCouncil, listCouncils, replaceCouncilCode, revokeCouncil };
}
