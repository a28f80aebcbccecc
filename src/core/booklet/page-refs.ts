/**
 * Page references in the printed book point at element ids: an article's slug, `bokstav-a` for
 * the page a letter starts on, and the ids of the back matter. Chromium writes every id that a
 * link points at as a named destination in the PDF, which is how the build learns the pages.
 */

/** Id of the heading that opens a letter's part of the book. */
export const letterKey = (letterSlug: string): string => `bokstav-${letterSlug}`;

/** Id of the life-area index, the first page after the A–Å part. */
export const AREAS_KEY = 'livsomrader';
/** Id of the emergency and contacts page at the back. */
export const CONTACTS_KEY = 'telefonnumre';

/**
 * The letter whose part of the book a page belongs to, from the pages the letters start on;
 * undefined for the front and back matter.
 */
export function letterOfPage<L extends string>(
  pageOf: ReadonlyMap<string, number>,
  letters: readonly { letter: L; slug: string }[],
): (page: number) => L | undefined {
  const starts = letters.map(({ letter, slug }) => ({ letter, page: pageOf.get(letterKey(slug)) ?? Number.POSITIVE_INFINITY }));
  const end = pageOf.get(AREAS_KEY) ?? Number.POSITIVE_INFINITY;
  return (page) => (page >= end ? undefined : starts.findLast((start) => start.page <= page)?.letter);
}
