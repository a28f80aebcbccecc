/** Where each kommune of a book is served, as the build and the pages need it. */
import type { Book, BookKommune } from '../schemas/book.ts';

/** The base its pages are built under (Astro's `base`) and the site address its pages are read at. */
export type KommuneSite = { base: string; siteUrl: string };

export function kommuneSite(book: Book, kommune: BookKommune): KommuneSite {
  if ('prefix' in kommune.address) return { base: kommune.address.prefix, siteUrl: book.siteUrl.replace(/\/$/, '') };
  return { base: '/', siteUrl: `https://${kommune.address.host}` };
}

/** The address a link from another kommune's pages or from the root page uses: a path for a prefix, the full address for a host of its own. */
export function kommuneHref(kommune: BookKommune): string {
  return 'prefix' in kommune.address ? kommune.address.prefix : `https://${kommune.address.host}/`;
}

/** The kommune with this id, or an error that names the ids there are. */
export function kommuneOf(book: Book, id: string): BookKommune {
  const found = book.kommuner.find((kommune) => kommune.id === id);
  if (!found) throw new Error(`Boka har ingen kommune «${id}»; den har ${book.kommuner.map((kommune) => kommune.id).join(', ')}`);
  return found;
}

/** The kommune's services with the book's shared ones laid in under the ids the kommune gives them. */
export function withSharedServices<T extends { services: Record<string, unknown> }>(config: T, book: Book, kommune: BookKommune): T {
  const shared = Object.entries(kommune.sharedServices ?? {}).map(([service, id]) => [service, book.sharedServices[id]!] as const);
  return shared.length === 0 ? config : { ...config, services: { ...config.services, ...Object.fromEntries(shared) } };
}
