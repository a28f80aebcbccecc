/** Reading one suggestion, with its contact data and history. The lists (queue, counts, public answers): suggestion-lists.ts. */
import type { Suggestion, SuggestionDetail } from '../../../src/core/suggestions/types.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { queryAll } from './paging.ts';
import { getSuggestionItem, toContact, toHistoryEntry, toSuggestion, type SuggestionItem } from './suggestion-items.ts';
import { bestEffort, type suggestionWrites } from './suggestion-writes.ts';
import { PENDING_ATTRIBUTE } from './table.ts';
import { TTL_ATTRIBUTE } from '../table-contract.ts';

/** `writes` repairs what a read finds unfinished: a closed suggestion's missing contact TTL, an open one's pending contact. */
export function suggestionQueries(
  ctx: StorageContext,
  writes: Pick<ReturnType<typeof suggestionWrites>, 'expireContact' | 'keepContact' | 'expiresAtFor'>,
) {
  const { client, tableName } = ctx;
  const { expireContact, keepContact, expiresAtFor } = writes;

  async function getSuggestion(id: string): Promise<Suggestion | undefined> {
    const item = await getSuggestionItem(ctx, id);
    return item ? toSuggestion(item) : undefined;
  }

  /** The suggestion with its contact data (unless expired or erased) and full history, oldest first. */
  async function getSuggestionDetail(id: string): Promise<SuggestionDetail | undefined> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': ctx.keys.suggestionPartition(id) },
      ConsistentRead: true,
    });

    const meta = items.find((item) => item.sk === 'META') as SuggestionItem | undefined;
    if (!meta) return undefined;
    const nowSeconds = Math.floor(ctx.now().getTime() / 1000);
    const contactItem = items.find((item) => item.sk === 'CONTACT');
    // A pending contact's TTL is the orphan's; once the suggestion is closed, the closing TTL counts.
    const closingTtlMissing =
      contactItem !== undefined && (contactItem[TTL_ATTRIBUTE] === undefined || contactItem[PENDING_ATTRIBUTE] === true);
    const expiresAt = meta.closedAt && closingTtlMissing ? expiresAtFor(meta.closedAt) : contactItem?.[TTL_ATTRIBUTE];
    const contactAlive = contactItem !== undefined && meta.hasContact && (typeof expiresAt !== 'number' || expiresAt > nowSeconds);
    if (contactItem && meta.hasContact && meta.closedAt && closingTtlMissing) {
      await bestEffort('contact expiry', id, () => expireContact(id, meta.closedAt!));
    } else if (contactItem && meta.hasContact && !meta.closedAt && contactItem[PENDING_ATTRIBUTE] === true) {
      await bestEffort('contact', id, () => keepContact(id));
    }

    const history = items.filter((item) => String(item.sk).startsWith('HISTORY#')).map(toHistoryEntry);
    if (!history.some((entry) => entry.version === meta.lastChange.version)) history.push(meta.lastChange);
    history.sort((a, b) => a.version - b.version);

    return { ...toSuggestion(meta), contact: contactAlive ? toContact(contactItem) : null, history };
  }

  return { getSuggestion, getSuggestionDetail };
}
