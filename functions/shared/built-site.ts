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
import { processEnv, type Env } from './env.ts';
import { createHandler, type RouteLogic } from './handler.ts';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Handler } from './http.ts';

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

/**
 * A page rendered from the built site that touches no table: `run` for the local server and tests
 * (the shared context), `handler` for Lambda through the same pipeline as every route, with a
 * context of only the environment and the site's folder, so its bundle leaves the AWS SDK out.
 */
export function builtSiteRoute(answer: (event: APIGatewayProxyEventV2, siteDir: string) => Promise<APIGatewayProxyResultV2>): {
  run: RouteLogic;
  handler: Handler;
} {
  return {
    run: (event, ctx) => answer(event, siteDirOf(ctx)),
    handler: createHandler<SiteContext>((event, ctx) => answer(event, ctx.siteDir), siteContext),
  };
}

type SiteContext = { env: Env; siteDir: string };

const siteContext = (): SiteContext => ({ env: processEnv(), siteDir: lambdaSiteDir() });
