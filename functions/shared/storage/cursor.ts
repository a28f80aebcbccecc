/**
 * Opaque paging cursors: the DynamoDB LastEvaluatedKey as base64url JSON. A cursor is only
 * accepted for the partition it came from, so it can't be edited to read another listing.
 */
import { BadRequestError } from '../errors.ts';
import { apiText } from '../../../src/core/text/api.ts';

export type Key = Record<string, string>;

export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

/**
 * Decodes a cursor into an ExclusiveStartKey with exactly `attributes`, whose `partitionAttribute`
 * equals `partition`. Throws BadRequestError('invalid-cursor') for anything else.
 */
export function decodeCursor(
  cursor: string | undefined,
  attributes: readonly string[],
  partitionAttribute: string,
  partition: string,
): Key | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const invalid = () => new BadRequestError('invalid-cursor', apiText('error.invalidCursor'));
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid();
  const entries = Object.entries(value);
  if (entries.length !== attributes.length) throw invalid();
  const key: Key = {};
  for (const attribute of attributes) {
    const part = (value as Record<string, unknown>)[attribute];
    if (!Object.hasOwn(value, attribute) || typeof part !== 'string' || part.length > 1024) throw invalid();
    key[attribute] = part;
  }
  if (key[partitionAttribute] !== partition) throw invalid();
  return key;
}

/** A cursor for listings merged from several partitions: just the sort key of the last item. */
export function encodeSortKeyCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ before: sortKey }), 'utf8').toString('base64url');
}

/** Throws BadRequestError('invalid-cursor') for anything encodeSortKeyCursor did not make. */
export function decodeSortKeyCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const before = (value as { before?: unknown } | null)?.before;
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.keys(value).length !== 1 ||
    typeof before !== 'string' ||
    before.length === 0 ||
    before.length > 1024
  ) {
    throw new BadRequestError('invalid-cursor', apiText('error.invalidCursor'));
  }
  return before;
}
