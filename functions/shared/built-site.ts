/**
 * The built site as the functions that render pages find it at run time: its server renderer
 * (shared/rendered-page.ts) and the files they read (the search's alias index). Where they are:
 * the context's folder (the local server: the site it serves now, also after a publication, with
 * its renderer beside it), else SITE_DIR, else beside the bundle (Lambda: infra copies the renderer
 * and a route's `siteFiles` there). No AWS SDK here, so functions that touch no table stay small.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_RENDERER_DIR, serverDirFor } from '../../src/core/rendered-pages.ts';
import type { AppContext } from './dependencies.ts';
import { processEnv } from './env.ts';

const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));

/** Where a function finds the built site: its static files and its server renderer. */
export type BuiltSite = { siteDir: string; serverDir: string };

function builtSite(siteDir: string | undefined): BuiltSite {
  return siteDir
    ? { siteDir, serverDir: serverDirFor(siteDir) }
    : { siteDir: BUNDLE_DIR, serverDir: join(BUNDLE_DIR, SERVER_RENDERER_DIR) };
}

/**
 * The built site for a handler run through the shared context: in a book the pages of the
 * request's kommune, whose forms and links name it, where the context knows them.
 */
export function builtSiteOf(ctx: Pick<AppContext, 'siteDir' | 'kommuneSite' | 'env' | 'kommune'>): BuiltSite {
  const kommuneSite = ctx.kommune === undefined ? undefined : ctx.kommuneSite?.(ctx.kommune);
  return kommuneSite ?? builtSite(ctx.siteDir?.() ?? ctx.env.SITE_DIR);
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

/** The built site for a Lambda handler that skips the shared context. */
export function lambdaBuiltSite(): BuiltSite {
  return builtSite(processEnv().SITE_DIR);
}
