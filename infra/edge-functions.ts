/**
 * Code of the CloudFront Functions (JavaScript runtime 2.0) that run on every viewer request.
 * Plain strings, so the tests can run exactly what CloudFront runs.
 */
import { REDIRECTS } from '../src/core/redirects.ts';

/**
 * Request header with the reader's IP address, set by CloudFront on every /api/* request
 * (overwriting anything the client sent). Behind CloudFront, API Gateway's `sourceIp` is a
 * CloudFront edge server shared by many readers, so the rate limit must key on this instead.
 */
export const VIEWER_ADDRESS_HEADER = 'x-viewer-address';

/**
 * Astro builds every page as <path>/index.html and links to <path>/. S3 has no directory
 * index, so /path/ is served from /path/index.html, and /path is sent on to /path/ (the
 * address the editors' sign-in returns to must be exact). With a query string, which would
 * have to be rebuilt for a redirect, /path is served directly instead. An old address
 * (src/core/redirects.ts) gets a 301 to where the page lives now.
 */
export const DIRECTORY_INDEX_CODE = `
var REDIRECTS = ${JSON.stringify(REDIRECTS)};
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var moved = REDIRECTS[uri.replace(/index\\.html$/, '').replace(/\\/?$/, '/')];
  if (moved) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: moved } } };
  }
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    if (Object.keys(request.querystring).length === 0) {
      return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
    }
    request.uri = uri + '/index.html';
  }
  return request;
}
`;

export const VIEWER_ADDRESS_CODE = `
function handler(event) {
  event.request.headers['${VIEWER_ADDRESS_HEADER}'] = { value: event.viewer.ip };
  return event.request;
}
`;

/** How long a warm not-found function keeps the 404 page before it reads it again (a deploy may change it). */
export const NOT_FOUND_PAGE_CACHE_SECONDS = 300;

/**
 * The origin CloudFront falls back to when the bucket answers 404 for a site address: a regional
 * Lambda (Node.js, CommonJS, with the runtime's own AWS SDK) that answers 404 with the site's
 * /404.html. Error pages in CloudFront apply to every behaviour, the API's too; this fallback only
 * belongs to the site's behaviours, so an API 404 reaches its client as the API's JSON.
 */
export const NOT_FOUND_PAGE_CODE = `
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
let cached;
exports.handler = async () => {
  const now = Date.now();
  if (!cached || now - cached.at > ${NOT_FOUND_PAGE_CACHE_SECONDS * 1000}) {
    try {
      const object = await s3.send(new GetObjectCommand({ Bucket: process.env.SITE_BUCKET, Key: '404.html' }));
      cached = { at: now, page: await object.Body.transformToString() };
    } catch (error) {
      console.error(JSON.stringify({ message: '404.html could not be read', errorName: error && error.name }));
    }
  }
  return {
    statusCode: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
    body: cached ? cached.page : '<!doctype html><html lang="nb"><title>Fant ikke siden</title><h1>Vi fant ikke siden</h1><p><a href="/">Gå til forsiden</a></p></html>',
  };
};
`;
