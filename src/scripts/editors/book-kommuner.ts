/**
 * The kommuner of the book on the editors' page, by name: the build writes them (id and name, in
 * the book's order) into `data-book-kommuner`, so the national text's review round can be laid out
 * and read per kommune. Outside a book there are none, and the page is as for a kommune on its own.
 */

export type BookKommune = { id: string; name: string };

/** The attribute the build fills (src/components/editors/articles-section.astro, src/pages/redaksjon/index.astro). */
export const BOOK_KOMMUNER_ATTRIBUTE = 'data-book-kommuner';

const isBookKommune = (value: unknown): value is BookKommune =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as BookKommune).id === 'string' &&
  typeof (value as BookKommune).name === 'string';

/** The book's kommuner as the build wrote them on `element`; empty outside a book or when the attribute is not there. */
export function readBookKommuner(element: Element | null): BookKommune[] {
  const text = element?.getAttribute(BOOK_KOMMUNER_ATTRIBUTE);
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isBookKommune) : [];
  } catch {
    return [];
  }
}

/** A kommune's name; its id when the book does not name it (it never should). */
export const kommuneName = (kommuner: readonly BookKommune[], id: string): string =>
  kommuner.find((kommune) => kommune.id === id)?.name ?? id;

export type KommuneGroup<T> = { kommune: BookKommune | undefined; items: T[] };

/**
 * Items that carry their kommune (review requests and statements in a book) grouped under it, in
 * the book's order, each group's items in the order given. Items without a kommune (a kommune on
 * its own) make one group without a kommune, so the page draws them as it always has.
 */
export function groupByKommune<T extends { kommune?: string }>(items: readonly T[], kommuner: readonly BookKommune[]): KommuneGroup<T>[] {
  const ids = [...new Set(items.map((item) => item.kommune))];
  const order = (id: string | undefined) => (id === undefined ? -1 : kommuner.findIndex((kommune) => kommune.id === id));
  return ids
    .sort((a, b) => order(a) - order(b))
    .map((id) => ({
      kommune: id === undefined ? undefined : { id, name: kommuneName(kommuner, id) },
      items: items.filter((item) => item.kommune === id),
    }));
}

/** The chosen councils of a national round, by kommune (the body's `kommuneCouncils`); kommuner with none chosen left out. */
export function kommuneCouncilsOf(chosen: readonly { kommune: string; council: string }[]): Record<string, string[]> {
  const byKommune: Record<string, string[]> = {};
  for (const { kommune, council } of chosen) (byKommune[kommune] ??= []).push(council);
  return byKommune;
}
