/** Lets Chromium open the built site straight from its folder, without a server, and nothing else. */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { withoutBase } from '../../src/core/paths.ts';

export const DIST_ORIGIN = 'http://booklet.invalid';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** `base`: the prefix the site's pages link under when it is one kommune of a book; the folder holds them without it. */
export async function serveDist(context: BrowserContext, distDir: string, base = '/'): Promise<void> {
  const root = normalize(distDir);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== DIST_ORIGIN) return route.abort();
    const pathname = withoutBase(url.pathname, base);
    const path = normalize(join(root, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : ''));
    if (!path.startsWith(root + sep)) return route.abort();
    try {
      return await route.fulfill({ body: await readFile(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
}
