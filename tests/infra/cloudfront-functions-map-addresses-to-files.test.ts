import { describe, expect, it } from 'vitest';
import {
  DIRECTORY_INDEX_CODE,
  NOT_FOUND_PAGE_CODE,
  NOT_FOUND_PAGE_CACHE_SECONDS,
  VIEWER_ADDRESS_CODE,
  VIEWER_ADDRESS_HEADER,
} from '../../infra/edge-functions.ts';

type CloudFrontRequest = { uri: string; querystring: Record<string, { value: string }>; headers: Record<string, { value: string }> };
type CloudFrontEvent = { request: CloudFrontRequest; viewer: { ip: string } };
type Handler = (event: CloudFrontEvent) => CloudFrontRequest | { statusCode: number; headers: Record<string, { value: string }> };

/** The function as CloudFront runs it: the code string defines `handler`. */
const load = (code: string) => new Function(`${code}; return handler;`)() as Handler;

const event = (uri: string, query: Record<string, string> = {}, headers: Record<string, string> = {}): CloudFrontEvent => ({
  request: {
    uri,
    querystring: Object.fromEntries(Object.entries(query).map(([name, value]) => [name, { value }])),
    headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, { value }])),
  },
  viewer: { ip: '198.51.100.7' },
});

describe('the directory index function', () => {
  const handler = load(DIRECTORY_INDEX_CODE);

  it('serves a page address from its index.html', () => {
    expect(handler(event('/'))).toMatchObject({ uri: '/index.html' });
    expect(handler(event('/sykehjem/'))).toMatchObject({ uri: '/sykehjem/index.html' });
    expect(handler(event('/sok/', { q: 'sykehjem' }))).toMatchObject({ uri: '/sok/index.html' });
  });

  it('sends an address without the final slash on to the page address', () => {
    expect(handler(event('/redaksjon'))).toEqual({
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: '/redaksjon/' } },
    });
  });

  it('serves such an address directly when it carries a query string', () => {
    expect(handler(event('/sok', { q: 'sykehjem' }))).toMatchObject({ uri: '/sok/index.html' });
  });

  it('sends the old answers page /forslag/ on to /svar-pa-forslag/ for good', () => {
    const moved = { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: '/svar-pa-forslag/' } } };
    for (const uri of ['/forslag/', '/forslag', '/forslag/index.html']) expect(handler(event(uri)), uri).toEqual(moved);
    expect(handler(event('/foresla/'))).toMatchObject({ uri: '/foresla/index.html' });
  });

  it('leaves files alone', () => {
    expect(handler(event('/_astro/base.D_fPpR5N.css'))).toMatchObject({ uri: '/_astro/base.D_fPpR5N.css' });
    expect(handler(event('/pagefind/pagefind.js'))).toMatchObject({ uri: '/pagefind/pagefind.js' });
  });
});

describe('the viewer address function', () => {
  it("passes the reader's address to the API, replacing any address the client made up", () => {
    const handler = load(VIEWER_ADDRESS_CODE);
    const request = handler(event('/api/suggestions', {}, { [VIEWER_ADDRESS_HEADER]: '10.0.0.1' })) as CloudFrontRequest;
    expect(request.headers[VIEWER_ADDRESS_HEADER]).toEqual({ value: '198.51.100.7' });
    expect(request.uri).toBe('/api/suggestions');
  });
});

describe('the 404 page function behind the site behaviours', () => {
  /** The Lambda as its runtime loads it (CommonJS), with the AWS SDK's S3 client replaced. */
  function loadNotFound(objects: () => string) {
    const reads: string[] = [];
    class S3Client {
      async send(command: { input: { Bucket: string; Key: string } }) {
        reads.push(`${command.input.Bucket}/${command.input.Key}`);
        const body = objects();
        return { Body: { transformToString: async () => body } };
      }
    }
    class GetObjectCommand {
      input: { Bucket: string; Key: string };
      constructor(input: { Bucket: string; Key: string }) {
        this.input = input;
      }
    }
    const module = { exports: {} as { handler: () => Promise<{ statusCode: number; headers: Record<string, string>; body: string }> } };
    const require = (name: string) => {
      if (name !== '@aws-sdk/client-s3') throw new Error(`unexpected require ${name}`);
      return { S3Client, GetObjectCommand };
    };
    new Function('require', 'exports', 'module', 'process', NOT_FOUND_PAGE_CODE)(require, module.exports, module, {
      env: { SITE_BUCKET: 'site-bucket' },
    });
    return { handler: module.exports.handler, reads };
  }

  it("answers 404 with the site's own 404.html, read once and kept for a while", async () => {
    let page = '<!doctype html><title>Fant ikke siden</title>';
    const { handler, reads } = loadNotFound(() => page);
    const first = await handler();
    expect(first).toEqual({
      statusCode: 404,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
      body: page,
    });
    page = 'changed';
    expect((await handler()).body).not.toBe('changed');
    expect(reads).toEqual(['site-bucket/404.html']);
    expect(NOT_FOUND_PAGE_CACHE_SECONDS).toBeLessThanOrEqual(600);
  });

  it('still answers 404 in Norwegian when 404.html cannot be read', async () => {
    const { handler } = loadNotFound(() => {
      throw new Error('AccessDenied');
    });
    const answer = await handler();
    expect(answer.statusCode).toBe(404);
    expect(answer.body).toContain('Vi fant ikke siden');
  });
});
