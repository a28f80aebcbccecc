/** Reading one suggestion, with its contact data and history. The lists (queue, counts, public answers): suggestion-lists.ts. */
import type { Suggestion, SuggestionDetail } from '../../../src/core/suggestions/types.ts';
import type { StorageContext } from './context.ts';
import { queryAll } from './paging.ts';
import { getSuggestionItem, toContact, toHistoryEntry, toSuggestion, type SuggestionItem } from './suggestion-items.ts';
import { bestEffort, type suggestionWrites } from './suggestion-writes.ts';
import { keys, TTL_ATTRIBUTE } from './table.ts';

/** `writes` repairs a closed suggestion's missing contact TTL when a read finds it. */
export function suggestionQueries(
  ctx: StorageContext,
  writes: Pick<ReturnType<typeof suggestionWrites>, 'expireContact' | 'expiresAtFor'>,
) {
  const { client, tableName } = ctx;
  const { expireContact, expiresAtFor } = writes;

  async function getSuggestion(id: string): Promise<Suggestion | undefined> {
    const item = await getSuggestionItem(ctx, id);
    return item ? toSuggestion(item) : undefined;
  }

  /** The suggestion with its contact data (unless expired or erased) and full history, oldest first. */
  async function getSuggestionDetail(id: string): Promise<SuggestionDetail | undefined> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.suggestionPartition(id) },
      ConsistentRead: true,
    });

    const meta = items.find((item) => item.sk === 'META') as SuggestionItem | undefined;
    if (!meta) return undefined;
    const nowSeconds = Math.floor(ctx.now().getTime() / 1000);
    const contactItem = items.find((item) => item.sk === 'CONTACT');
    const expiresAt = contactItem?.[TTL_ATTRIBUTE] ?? (meta.closedAt ? expiresAtFor(meta.closedAt) : undefined);
    const contactAlive = contactItem !== undefined && meta.hasContact && (typeof expiresAt !== 'number' || expiresAt > nowSeconds);
    if (contactItem && meta.closedAt && contactItem[TTL_ATTRIBUTE] === undefined) {
      await bestEffort('contact expiry', id, () => expireContact(id, meta.closedAt!));
    }

    const history = items.filter((item) => String(item.sk).startsWith('HISTORY#')).map(toHistoryEntry);
    if (!history.some((entry) => entry.version === meta.lastChange.version)) history.push(meta.lastChange);
    history.sort((a, b) => a.version - b.version);

    return { ...toSuggestion(meta), contact: contactAlive ? toContact(contactItem) : null, history };
  }

  return { getSuggestion, getSuggestionDetail };
}
