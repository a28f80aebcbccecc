/** Suggestion storage, along its seams: items (suggestion-items.ts), writes (suggestion-writes.ts), queries (suggestion-queries.ts). */
import type { StorageContext } from './storage-dependencies.ts';
import { suggestionQueries } from './suggestion-queries.ts';
import { suggestionWrites } from './suggestion-writes.ts';

export function suggestionStorage(ctx: StorageContext) {
  const writes = suggestionWrites(ctx);
  const { expireContact: _expireContact, keepContact: _keepContact, expiresAtFor: _expiresAtFor, ...publicWrites } = writes;
  return { ...publicWrites, ...suggestionQueries(ctx, writes) };
}
