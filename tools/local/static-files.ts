/**
 * Serves the built site like the CDN does: index.html for directories, a 301 for old addresses,
 * 404.html with status 404, nothing outside the dist directory.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { redirectFor } from '../../src/core/redirects.ts';
import { securityHeaders } from '../../src/core/security-headers.ts';
import { apiText } from '../../src/core/text/api.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/** The production headers (CloudFront sends the same), so an inline script fails locally too. */
export const SECURITY_HEADERS = securityHeaders();

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

/** The old addresses a site answers with a 301 (src/core/redirects.ts): which moved, and the prefixes of a book's kommuner, under each of which they moved too. */
type OldAddresses = Parameters<typeof redirectFor>[1];

/**
 * Serves `url` from `distDir`; `base` is the path the folder is served under (a kommune of a book
 * whose published site is a folder of its own: `/halden/` → `distDir/`).
 */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  distDir: string,
  oldAddresses: OldAddresses = {},
  base = '/',
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', ...SECURITY_HEADERS });
    response.end();
    return;
  }
  const moved = redirectFor(url.pathname, oldAddresses);
  if (moved) {
    response.writeHead(301, { location: moved, ...SECURITY_HEADERS });
    response.end();
    return;
  }
  const root = normalize(distDir + sep);
  let decoded: string;
  try {
    decoded = decodeURIComponent(`/${url.pathname.slice(base.length)}`);
  } catch {
    decoded = '/';
  }
  const candidate = normalize(join(root, decoded));
  const inside = candidate.startsWith(root) || candidate === normalize(distDir);
  let file = inside ? await fileAt(candidate) : undefined;
  let status = 200;
  if (file && (await stat(candidate)).isDirectory() && !url.pathname.endsWith('/')) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}`, ...SECURITY_HEADERS });
    response.end();
    return;
  }
  if (!file) {
    status = 404;
    file = await fileAt(join(root, '404.html'));
  }
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end(apiText('error.pageNotFound'));
    return;
  }
  response.writeHead(status, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
