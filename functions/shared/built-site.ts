/**
 * The built site as the functions that render pages find it at run time: its server renderer
 * (shared/rendered-page.ts) and the files they read (the search's alias index). Where they are:
 * the context's folder (the local server: the site it serves now, also after a publication, with
 * its renderer beside it), else SITE_DIR, else beside the bundle (Lambda: infra copies the renderer
 * and a route's `siteFiles` there). In a book of several kommuner each kommune has a site of its
 * own (its pages, its search index, its renderer built with its name and address): the request's
 * kommune's, from the context locally, or the bundle's folder of that kommune in Lambda.
 * No AWS SDK here, so functions that touch no table stay small.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleKommuneDir, SERVER_RENDERER_DIR, serverDirFor } from '../../src/core/rendered-pages.ts';
import type { Env } from './env.ts';

const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));

/** Where a function finds the built site: its static files and its server renderer. */
export type BuiltSite = { siteDir: string; serverDir: string };

function builtSite(siteDir: string | undefined): BuiltSite {
  return siteDir
    ? { siteDir, serverDir: serverDirFor(siteDir) }
    : { siteDir: BUNDLE_DIR, serverDir: join(BUNDLE_DIR, SERVER_RENDERER_DIR) };
}

/**
 * The built site for a handler: in a book the request's kommune's (the context's, locally; its
 * folder of the bundle in Lambda), else the site's. A folder named by SITE_DIR serves every kommune.
 */
export function builtSiteOf(ctx: {
  env: Pick<Env, 'SITE_DIR'>;
  /** The site a caller brought (the local server: the one served now). */
  siteDir?: () => string;
  /** In a book: where each kommune's pages are now, when the caller knows (the local server). */
  kommuneSite?: (kommune: string) => BuiltSite | undefined;
  kommune?: string;
}): BuiltSite {
  const siteDir = ctx.siteDir?.() ?? ctx.env.SITE_DIR;
  if (ctx.kommune) {
    const own = ctx.kommuneSite?.(ctx.kommune);
    if (own) return own;
    if (!siteDir) {
      const dir = join(BUNDLE_DIR, bundleKommuneDir(ctx.kommune));
      return { siteDir: dir, serverDir: join(dir, SERVER_RENDERER_DIR) };
    }
  }
  return builtSite(siteDir);
}

const loaded = new Map<string, Promise<unknown>>();

/**
 * What `load` makes of files in `dir`, read once per process and folder under `name` and kept;
 * a failed read is tried again next time.
 */
export function fromSite<T>(dir: string, name: string, load: (read: (file: string) => Promise<string>) => Promise<T>): Promise<T> {
  const key = `${name}\n${dir}`;
  let value = loaded.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load((file) => readFile(join(dir, file), 'utf8'));
    loaded.set(key, value);
    value.catch(() => loaded.delete(key));
  }
  return value;
}
