/**
 * Reading councils: one by id, and the active council a code's hash belongs to (one GetItem on
 * the code item, then the council). Creating councils and changing codes is council-admin.ts.
 */
import { GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { StorageContext } from './storage-dependencies.ts';
import { send } from './send.ts';
import type { Council } from '../../../src/core/suggestions/types.ts';

export function toCouncil(item: Record<string, unknown>): Council {
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

  async function getCouncil(id: string): Promise<Council | undefined> {
    const output = await send<GetCommandOutput>(
      client,
      new GetCommand({ TableName: tableName, Key: ctx.keys.council(id), ConsistentRead: true }),
    );
    return output.Item ? toCouncil(output.Item) : undefined;
  }

  /** The active council whose current code has this hash, if any. */
  async function findCouncilByCodeHash(codeHash: string): Promise<Council | undefined> {
    const output = await send<GetCommandOutput>(client, new GetCommand({ TableName: tableName, Key: ctx.keys.councilCode(codeHash) }));
    const code = output.Item;
    if (!code || typeof code.revokedAt === 'string' || typeof code.councilId !== 'string') return undefined;
    const council = await getCouncil(code.councilId);
    if (!council || council.revokedAt !== undefined || council.codeHash !== codeHash) return undefined;
    return council;
  }

  return { getCouncil, findCouncilByCodeHash };
}
