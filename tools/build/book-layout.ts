/**
 * Where a book's build puts each kommune: a kommune under a prefix in `<dist>/<prefix>/`, one on a
 * host of its own in `<dist>-hosts/<host>/` (uploaded to that host), and each kommune's server
 * renderer in `<dist>-server/<id>/` (never uploaded).
 */
import { join } from 'node:path';
import { kommuneSite } from '../../src/core/books/addresses.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';
import type { Book } from '../../src/core/schemas/book.ts';

/** One kommune's build: its base (its prefix, or `/` on a host of its own, which `host` names) and its folders. */
export type KommuneBuild = { id: string; config: string; base: string; host?: string; outDir: string; serverDir: string };

export function bookLayout(book: Book, distDir: string): { kommuner: KommuneBuild[]; serverDir: string; hostDirs: string[] } {
  const serverDir = serverDirFor(distDir);
  const hostsDir = `${distDir}-hosts`;
  const kommuner = book.kommuner.map((kommune) => ({
    id: kommune.id,
    config: kommune.config,
    base: kommuneSite(book, kommune).base,
    ...('host' in kommune.address ? { host: kommune.address.host } : {}),
    outDir: 'prefix' in kommune.address ? join(distDir, kommune.address.prefix.slice(1, -1)) : join(hostsDir, kommune.address.host),
    serverDir: join(serverDir, kommune.id),
  }));
  return { kommuner, serverDir, hostDirs: kommuner.filter((kommune) => kommune.base === '/').map((kommune) => kommune.outDir) };
}

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
