/**
 * The local parts desk's slots as this build of a kommune shows them: every `<LocalPart name>` of
 * the national articles, with the kommune's text in it (the published one the build read). None
 * for a kommune on its own, which has no local parts.
 */
import { slotsInBody, type LocalSlot } from '../core/local-parts/slots.ts';
import type { LocalPart } from '../core/schemas/local-parts.ts';
import { getBook } from './book.ts';
import { bookKommune } from './book-kommuner.ts';
import { localPart } from './local-parts.ts';

export type DeskSlot = LocalSlot & { part: LocalPart | undefined };

/** The slots, ordered by the articles' titles; empty outside a book. */
export async function deskSlots(): Promise<DeskSlot[]> {
  if (!bookKommune()) return [];
  return (await getBook()).articles.flatMap((article) =>
    slotsInBody(article.body ?? '').map((slot) => ({
      slug: article.id,
      title: article.data.title,
      slot,
      part: localPart(article.id, slot),
    })),
  );
}
