import { describe, expect, it } from 'vitest';
import {
  KOMMUNE_NOT_FOUND_PAGES,
  NOT_FOUND_PAGE_CODE,
  NOT_FOUND_PAGE_CACHE_SECONDS,
  VIEWER_ADDRESS_CODE,
  VIEWER_ADDRESS_HEADER,
  directoryIndexCode,
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
  const handler = load(directoryIndexCode());

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

describe('the directory index function in a book of several kommuner', () => {
  const HOST = 'abc.verdal.kommune.no';
  const handler = load(directoryIndexCode({ prefixes: ['/levanger/'], hosts: { [HOST]: `_hosts/${HOST}` } }));
  const at = (host: string, uri: string, query: Record<string, string> = {}) => handler(event(uri, query, { host }));
  const moved = (location: string) => ({
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: { location: { value: location } },
  });

  it('serves a kommune on a host of its own from its folder, its pages and its hashed files alike', () => {
    expect(at(HOST, '/')).toMatchObject({ uri: `/_hosts/${HOST}/index.html` });
    expect(at(HOST, '/sykehjem/')).toMatchObject({ uri: `/_hosts/${HOST}/sykehjem/index.html` });
    expect(at(HOST, '/sok', { q: 'sykehjem' })).toMatchObject({ uri: `/_hosts/${HOST}/sok/index.html` });
    expect(at(HOST, '/_astro/base.D_fPpR5N.css')).toMatchObject({ uri: `/_hosts/${HOST}/_astro/base.D_fPpR5N.css` });
    expect(at('ABC.Verdal.Kommune.no:443', '/robots.txt')).toMatchObject({ uri: `/_hosts/${HOST}/robots.txt` });
  });

  it('sends a host kommune’s address without the final slash, and its old addresses, on at its own host', () => {
    expect(at(HOST, '/redaksjon')).toEqual(moved('/redaksjon/'));
    expect(at(HOST, '/forslag/')).toEqual(moved('/svar-pa-forslag/'));
  });

  it('keeps the root page and the prefix kommuner where they are on the book’s own address, and moves old addresses within each prefix', () => {
    for (const host of ['abc.levanger.kommune.no', 'd111111abcdef8.cloudfront.net']) {
      expect(at(host, '/')).toMatchObject({ uri: '/index.html' });
      expect(at(host, '/levanger/sykehjem/')).toMatchObject({ uri: '/levanger/sykehjem/index.html' });
      expect(at(host, '/levanger/forslag/')).toEqual(moved('/levanger/svar-pa-forslag/'));
      expect(at(host, '/forslag/')).toEqual(moved('/svar-pa-forslag/'));
    }
  });

  it('sends a host kommune’s folder asked for on another address to the kommune’s own host, and never anywhere else', () => {
    expect(at('abc.levanger.kommune.no', `/_hosts/${HOST}/sykehjem/`)).toEqual(moved(`https://${HOST}/sykehjem/`));
    expect(at('abc.levanger.kommune.no', '/_hosts/evil.example.com/')).toMatchObject({ uri: '/_hosts/evil.example.com/index.html' });
    expect(at('constructor', '/')).toMatchObject({ uri: '/index.html' });
  });

  it('refuses, naming the limit, a book whose addresses would not fit in a CloudFront Function', () => {
    const hosts = Object.fromEntries(
      Array.from({ length: 300 }, (_, index) => [`abc.kommune-${index}.kommune.no`, `_hosts/abc.kommune-${index}.kommune.no`]),
    );
    expect(() => directoryIndexCode({ prefixes: [], hosts })).toThrow(/KeyValueStore/);
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
  function loadNotFound(objects: (key: string) => string, env: Record<string, string> = {}) {
    const reads: string[] = [];
    class S3Client {
      async send(command: { input: { Bucket: string; Key: string } }) {
        reads.push(`${command.input.Bucket}/${command.input.Key}`);
        const body = objects(command.input.Key);
        return { Body: { transformToString: async () => body } };
      }
    }
    class GetObjectCommand {
      input: { Bucket: string; Key: string };
      constructor(input: { Bucket: string; Key: string }) {
        this.input = input;
      }
    }
    const module = {
      exports: {} as {
        handler: (event?: { rawPath: string }) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;
      },
    };
    const require = (name: string) => {
      if (name !== '@aws-sdk/client-s3') throw new Error(`unexpected require ${name}`);
      return { S3Client, GetObjectCommand };
    };
    new Function('require', 'exports', 'module', 'process', NOT_FOUND_PAGE_CODE)(require, module.exports, module, {
      env: { SITE_BUCKET: 'site-bucket', ...env },
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

  it('answers, in a book, with the 404.html of the kommune whose folder the address is in, and the book’s own elsewhere', async () => {
    const pages: Record<string, string> = {
      '404.html': 'book',
      'levanger/404.html': 'levanger',
      '_hosts/abc.verdal.kommune.no/404.html': 'verdal',
    };
    const { handler, reads } = loadNotFound(
      (key) => {
        if (!(key in pages)) throw new Error('NoSuchKey');
        return pages[key]!;
      },
      { [KOMMUNE_NOT_FOUND_PAGES]: 'true' },
    );
    expect((await handler({ rawPath: '/levanger/finnes-ikke/index.html' })).body).toBe('levanger');
    expect((await handler({ rawPath: '/_hosts/abc.verdal.kommune.no/finnes-ikke/index.html' })).body).toBe('verdal');
    expect((await handler({ rawPath: '/finnes-ikke/index.html' })).body).toBe('book');
    expect((await handler({ rawPath: '/finnes-ikke.txt' })).body).toBe('book');
    expect((await handler({ rawPath: '/levanger/annen/index.html' })).statusCode).toBe(404);
    // Each page, and an address found to have none, is read once and then kept.
    expect(reads.filter((read) => read === 'site-bucket/levanger/404.html')).toHaveLength(1);
    expect(reads.filter((read) => read === 'site-bucket/finnes-ikke/404.html')).toHaveLength(1);
  });
});
