/**
 * «Nynorsk må oppdaterast»: when readers get a new version of a bokmål article, an item per
 * article and translation language says so, with the version and its blob hash, until the
 * translation follows that version (or a newer one). Kept in the table, so it holds whatever
 * restarts; nothing polls it: the translation's list reads it, and saving the translation clears it.
 */
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Language } from '../../../src/core/text/language.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { queryAll } from './query-all.ts';
import { sendUnlessAlreadyDone } from './send.ts';

/** A bokmål change the translation has not followed yet. */
export type TranslationDue = {
  slug: string;
  /** The bokmål revision readers got. */
  version: number;
  /** Git's blob hash of that bokmål text: what the translation's `basedOn` becomes once it follows it. */
  bokmalVersion: string;
  at: string;
};

export function translationDueStorage(ctx: StorageContext) {
  const { client, tableName } = ctx;

  /** Records that `language`'s text of `due.slug` must follow a newer bokmål version; an older version never replaces a newer one. */
  async function markTranslationDue(language: Language, due: Omit<TranslationDue, 'at'>): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new PutCommand({
        TableName: tableName,
        Item: { ...ctx.keys.translationDue(language, due.slug), ...due, at: ctx.now().toISOString() },
        ConditionExpression: 'attribute_not_exists(pk) OR version < :version',
        ExpressionAttributeValues: { ':version': due.version },
      }),
    );
  }

  async function listTranslationsDue(language: Language): Promise<TranslationDue[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': ctx.keys.translationDuePartition(language) },
      ConsistentRead: true,
    });
    return items.map(({ slug, version, bokmalVersion, at }) => ({ slug, version, bokmalVersion, at }) as TranslationDue);
  }

  /** Ends the item once the translation follows `bokmalVersion`; an item for a newer bokmål version stays. */
  async function clearTranslationDue(language: Language, slug: string, bokmalVersion: string): Promise<boolean> {
    return sendUnlessAlreadyDone(
      client,
      new DeleteCommand({
        TableName: tableName,
        Key: ctx.keys.translationDue(language, slug),
        ConditionExpression: 'bokmalVersion = :hash',
        ExpressionAttributeValues: { ':hash': bokmalVersion },
      }),
    );
  }

  return { markTranslationDue, listTranslationsDue, clearTranslationDue };
}
