/**
 * Where a book's build puts each kommune: a kommune under a prefix in `<dist>/<prefix>/`, one on a
 * host of its own in `<dist>-hosts/<host>/` (uploaded to that host), and each kommune's server
 * renderer in `<dist>-server/<id>/` (never uploaded). Plain paths, so the build, the local server
 * and the CDK app (which bundles each kommune's site into the functions that draw pages) share it.
 */
import { kommuneSite } from './addresses.ts';
import { serverDirFor } from '../rendered-pages.ts';
import type { Book } from '../schemas/book.ts';

const under = (dir: string, name: string): string => `${dir.replace(/[\\/]+$/, '')}/${name}`;

/** One kommune's build: its base (its prefix, or `/` on a host of its own, which `host` names) and its folders. */
export type KommuneBuild = { id: string; config: string; base: string; host?: string; outDir: string; serverDir: string };

export function bookLayout(book: Book, distDir: string): { kommuner: KommuneBuild[]; serverDir: string; hostDirs: string[] } {
  const serverDir = serverDirFor(distDir);
  const hostsDir = `${distDir.replace(/[\\/]+$/, '')}-hosts`;
  const kommuner = book.kommuner.map((kommune) => ({
    id: kommune.id,
    config: kommune.config,
    base: kommuneSite(book, kommune).base,
    ...('host' in kommune.address ? { host: kommune.address.host } : {}),
    outDir: 'prefix' in kommune.address ? under(distDir, kommune.address.prefix.slice(1, -1)) : under(hostsDir, kommune.address.host),
    serverDir: under(serverDir, kommune.id),
  }));
  return { kommuner, serverDir, hostDirs: kommuner.filter((kommune) => kommune.base === '/').map((kommune) => kommune.outDir) };
}
