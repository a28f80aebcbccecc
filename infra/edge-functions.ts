/**
 * Code of the CloudFront Functions (JavaScript runtime 2.0) that run on every viewer request.
 * Plain strings, so the tests can run exactly what CloudFront runs.
 */
import { HOSTS_FOLDER } from '../src/core/books/site-folders.ts';
import { REDIRECTS } from '../src/core/redirects.ts';

/**
 * Request header with the reader's IP address, set by CloudFront on every /api/* request
 * (overwriting anything the client sent). Behind CloudFront, API Gateway's `sourceIp` is a
 * CloudFront edge server shared by many readers, so the rate limit must key on this instead.
 */
export const VIEWER_ADDRESS_HEADER = 'x-viewer-address';

/**
 * Where a book's kommuner are served (empty for a kommune on its own): the path prefixes of the
 * kommuner under the book's address (`/levanger/`), and each kommune on a host of its own by its
 * host name, with its folder in the bucket (src/core/books/site-folders.ts).
 */
export type SiteAddresses = { readonly prefixes: readonly string[]; readonly hosts: Readonly<Record<string, string>> };

/** CloudFront Functions' limit on a function's code (10 KB): the addresses are compiled into it. */
export const EDGE_FUNCTION_MAX_BYTES = 10_240;

/**
 * Astro builds every page as <path>/index.html and links to <path>/. S3 has no directory
 * index, so /path/ is served from /path/index.html, and /path is sent on to /path/ (the
 * address the editors' sign-in returns to must be exact). With a query string, which would
 * have to be rebuilt for a redirect, /path is served directly instead. An old address
 * (src/core/redirects.ts) gets a 301 to where the page lives now – in a book also under each
 * kommune's prefix and at the root of each kommune's host. A request whose Host is a kommune's
 * own is served from that kommune's folder (the cache key is the URI this function leaves, so
 * each host has its own cached copies); that folder asked for on another host is sent to the
 * kommune's own address, so its pages are read only where their links work.
 */
export function directoryIndexCode(sites: SiteAddresses = { prefixes: [], hosts: {} }): string {
  const code = `
var REDIRECTS = ${JSON.stringify(REDIRECTS)};
var PREFIXES = ${JSON.stringify(sites.prefixes)};
var HOSTS = ${JSON.stringify(sites.hosts)};
function moved(directory, prefixes) {
  for (var i = 0; i < prefixes.length; i++) {
    if (directory.indexOf(prefixes[i]) === 0) {
      var target = REDIRECTS[directory.slice(prefixes[i].length - 1)];
      return target && prefixes[i] + target.slice(1);
    }
  }
  return REDIRECTS[directory];
}
function redirect(location) {
  return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: location } } };
}
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var host = request.headers.host ? request.headers.host.value.toLowerCase().split(':')[0] : '';
  var folder = Object.prototype.hasOwnProperty.call(HOSTS, host) ? HOSTS[host] : undefined;
  var to = moved(uri.replace(/index\\.html$/, '').replace(/\\/?$/, '/'), folder ? [] : PREFIXES);
  if (to) return redirect(to);
  if (!folder && uri.indexOf('/${HOSTS_FOLDER}/') === 0) {
    var address = uri.slice(${HOSTS_FOLDER.length + 2});
    var named = address.split('/')[0];
    if (Object.prototype.hasOwnProperty.call(HOSTS, named)) return redirect('https://' + address);
  }
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    if (Object.keys(request.querystring).length === 0) return redirect(uri + '/');
    request.uri = uri + '/index.html';
  }
  if (folder) request.uri = '/' + folder + request.uri;
  return request;
}
`;
  const bytes = Buffer.byteLength(code);
  if (bytes > EDGE_FUNCTION_MAX_BYTES)
    throw new Error(
      `The directory index function is ${bytes} bytes with the book's ${sites.prefixes.length} prefixes and ${Object.keys(sites.hosts).length} hosts; CloudFront Functions take ${EDGE_FUNCTION_MAX_BYTES}. Move the addresses to a CloudFront KeyValueStore.`,
    );
  return code;
}

export const VIEWER_ADDRESS_CODE = `
function handler(event) {
  event.request.headers['${VIEWER_ADDRESS_HEADER}'] = { value: event.viewer.ip };
  return event.request;
}
`;

/** How long a warm not-found function keeps the 404 page before it reads it again (a deploy may change it). */
export const NOT_FOUND_PAGE_CACHE_SECONDS = 300;

/** Set on the not-found function in a book: each kommune's folder has a 404.html of its own. */
export const KOMMUNE_NOT_FOUND_PAGES = 'KOMMUNE_NOT_FOUND_PAGES';

/** How many pages a warm not-found function keeps at most (a book's folders, and the addresses found to have none). */
export const NOT_FOUND_PAGE_CACHE_ENTRIES = 500;

/**
 * The origin CloudFront falls back to when the bucket answers 404 for a site address: a regional
 * Lambda (Node.js, CommonJS, with the runtime's own AWS SDK) that answers 404 with the site's
 * /404.html. Error pages in CloudFront apply to every behaviour, the API's too; this fallback only
 * belongs to the site's behaviours, so an API 404 reaches its client as the API's JSON. In a book
 * the address's folder (its first segment, or `_hosts/<host>` as the directory index function
 * left it) names the kommune, whose own 404.html is answered – its language, its links; an address
 * outside every kommune gets the book's (the choice of kommune).
 */
export const NOT_FOUND_PAGE_CODE = `
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
const ROOT_PAGE = '404.html';
const cached = new Map();
function pageKey(path) {
  if (process.env.${KOMMUNE_NOT_FOUND_PAGES} !== 'true') return ROOT_PAGE;
  const parts = String(path || '/').split('/');
  const depth = parts[1] === '${HOSTS_FOLDER}' ? 3 : 2;
  return parts.length > depth ? parts.slice(1, depth).join('/') + '/' + ROOT_PAGE : ROOT_PAGE;
}
async function read(key, now) {
  const entry = cached.get(key);
  if (entry && now - entry.at <= ${NOT_FOUND_PAGE_CACHE_SECONDS * 1000}) return entry.page;
  let page;
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: process.env.SITE_BUCKET, Key: key }));
    page = await object.Body.transformToString();
  } catch (error) {
    if (key === ROOT_PAGE) console.error(JSON.stringify({ message: '404.html could not be read', errorName: error && error.name }));
    if (entry) return entry.page;
  }
  if (cached.size >= ${NOT_FOUND_PAGE_CACHE_ENTRIES}) cached.clear();
  cached.set(key, { at: now, page });
  return page;
}
exports.handler = async (event) => {
  const now = Date.now();
  const key = pageKey(event && event.rawPath);
  const page = (key === ROOT_PAGE ? undefined : await read(key, now)) || (await read(ROOT_PAGE, now));
  return {
    statusCode: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
    body: page || '<!doctype html><html lang="nb"><title>Fant ikke siden</title><h1>Vi fant ikke siden</h1><p><a href="/">Gå til forsiden</a></p></html>',
  };
};
`;
