/**
 * Where a book's build puts each kommune: a kommune under a prefix in `<dist>/<prefix>/`, one on a
 * host of its own in `<dist>-hosts/<host>/` (uploaded to that host), and each kommune's server
 * renderer in `<dist>-server/<id>/` (never uploaded).
 */
import { join } from 'node:path';
import { kommuneSite } from '../../src/core/books/addresses.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';
import type { Book } from '../../src/core/schemas/book.ts';

export type KommuneBuild = { id: string; config: string; base: string; outDir: string; serverDir: string };

export function bookLayout(book: Book, distDir: string): { kommuner: KommuneBuild[]; serverDir: string; hostDirs: string[] } {
  const serverDir = serverDirFor(distDir);
  const hostsDir = `${distDir}-hosts`;
  const kommuner = book.kommuner.map((kommune) => ({
    id: kommune.id,
    config: kommune.config,
    base: kommuneSite(book, kommune).base,
    outDir: 'prefix' in kommune.address ? join(distDir, kommune.address.prefix.slice(1, -1)) : join(hostsDir, kommune.address.host),
    serverDir: join(serverDir, kommune.id),
  }));
  return { kommuner, serverDir, hostDirs: kommuner.filter((kommune) => kommune.base === '/').map((kommune) => kommune.outDir) };
}

/**
 * What tells a build which kommune of which book it builds: the book's config, the kommune's id
 * and municipality config, and its base (for `npm run booklet`). The book build and a publication
 * build of one kommune (tools/local/local-publisher.ts) both set these.
 */
export function kommuneEnv(bookFile: string, kommune: Pick<KommuneBuild, 'id' | 'config' | 'base'>): Record<string, string> {
  return { BOOK_CONFIG: bookFile, BOOK_KOMMUNE: kommune.id, MUNICIPALITY_CONFIG: kommune.config, SITE_BASE: kommune.base };
}
