/**
 * The local parts desk's slots as this build of a kommune shows them: every `<LocalPart name>` of
 * the national articles (not the kommune's own, whose text is all its own), with the kommune's
 * text in it (the published one the build read). None for a kommune on its own, which has no local parts.
 */
import { slotsInBody, type LocalSlot } from '../core/local-parts/slots.ts';
import type { LocalPart } from '../core/schemas/local-parts.ts';
import { getBook } from './book.ts';
import { bookKommune } from './book-kommuner.ts';
import { localPart } from './local-parts.ts';
import { isOwnArticle } from './own-articles.ts';

export type DeskSlot = LocalSlot & { part: LocalPart | undefined };

/** The slots, ordered by the articles' titles; empty outside a book. */
export async function deskSlots(): Promise<DeskSlot[]> {
  if (!bookKommune()) return [];
  const national = (await getBook()).articles.filter((article) => !isOwnArticle(article));
  return national.flatMap((article) =>
    slotsInBody(article.body ?? '').map((slot) => ({
      slug: article.id,
      title: article.data.title,
      slot,
      part: localPart(article.id, slot),
    })),
  );
}
