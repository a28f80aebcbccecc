/**
 * Files of the built site that functions read at run time to render pages for readers without
 * JavaScript (the search results, the thank-you page, «Følg forslaget»). Where they are: the
 * context's folder (the local server: the site it serves now, also after a publication), else
 * SITE_DIR, else beside the bundle (Lambda: infra copies a route's `siteFiles` there).
 * No AWS SDK here, so functions that touch no table stay small.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from './dependencies.ts';
import { processEnv } from './env.ts';

const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));

/** The built site's folder for a handler run through the shared context. */
export function siteDirOf(ctx: Pick<AppContext, 'siteDir' | 'env'>): string {
  return ctx.siteDir?.() ?? ctx.env.SITE_DIR ?? BUNDLE_DIR;
}

/** The built site's folder for a Lambda handler that skips the shared context. */
export function lambdaSiteDir(): string {
  return processEnv().SITE_DIR ?? BUNDLE_DIR;
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

/** One built page, as text. */
export const sitePage = (dir: string, file: string): Promise<string> => fromSite(dir, file, (read) => read(file));
