/** What a build and the local server are told about a book's kommuner, from where the book's build puts them (src/core/books/book-layout.ts). */
import type { KommuneBuild } from '../../src/core/books/book-layout.ts';
/**
 * What tells a build which kommune of which book it builds: the book's config, the kommune's id
 * and municipality config, and its base (for `npm run booklet`), as tools/build/build-book.ts sets
 * them for each kommune; a publication build of one kommune (tools/local/local-publisher.ts,
 * tools/build/kommune-env.ts in AWS) sets them from here.
 */
export function kommuneEnv(bookFile: string, kommune: Pick<KommuneBuild, 'id' | 'config' | 'base'>): Record<string, string> {
  return { BOOK_CONFIG: bookFile, BOOK_KOMMUNE: kommune.id, MUNICIPALITY_CONFIG: kommune.config, SITE_BASE: kommune.base };
}

/** What the local server needs to serve a built book on one port: each kommune on a host of its own by its host name, and the prefixes of the others. */
export function bookServing(kommuner: KommuneBuild[]): { hostSites: Record<string, string>; prefixes: string[] } {
  return {
    hostSites: Object.fromEntries(kommuner.flatMap((kommune) => (kommune.host ? [[kommune.host, kommune.outDir]] : []))),
    prefixes: kommuner.filter((kommune) => !kommune.host).map((kommune) => kommune.base),
  };
}
