import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBook } from '../../src/core/books/parse-book.ts';
import { bookServing } from '../../tools/build/book-layout.ts';
import { bookLayout } from '../../src/core/books/book-layout.ts';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import generatedBook from '../../functions/generated/book.json' with { type: 'json' };

/**
 * `npm start` with a book whose kommuner live under a prefix and on a host of their own
 * (tests/fixtures/books/prefix-and-host.json): one port serves the book's host and each host
 * kommune by the request's Host header, and old addresses move within each kommune. The built
 * folders are laid out as the book's build lays them out (src/core/books/book-layout.ts), each page
 * saying whose it is; building them with Astro is the book build's test.
 */
const BOOK = 'tests/fixtures/books/prefix-and-host.json';
const HALDEN_HOST = 'abc.halden.example.no';
let work: string;
let server: LocalServer;

function page(dir: string, path: string, text: string) {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(join(dir, path, 'index.html'), `<!doctype html><title>${text}</title><p>${text}</p>`);
}

type Answer = { status: number; location: string | undefined; body: string };

/** node:http rather than fetch, which does not let a caller set the Host header. */
function get(path: string, host?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { headers: host ? { host } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, location: response.headers.location, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'abc-book-hosts-'));
  const dist = join(work, 'dist');
  const { kommuner } = bookLayout(parseBook(readFileSync(BOOK, 'utf8'), BOOK), dist);
  page(dist, '', 'Velg kommune');
  writeFileSync(join(dist, '404.html'), '<!doctype html><p>Ingen kommune her</p>');
  for (const kommune of kommuner) {
    page(kommune.outDir, '', `Forsiden til ${kommune.id}`);
    page(kommune.outDir, 'sykehjem', `Sykehjem i ${kommune.id}`);
    page(kommune.outDir, 'svar-pa-forslag', `Svar i ${kommune.id}`);
    if (kommune.host) writeFileSync(join(kommune.outDir, '404.html'), `<!doctype html><p>Fant ikke siden hos ${kommune.id}</p>`);
  }
  // An article retired in git (content/redirects.json) is an old address too.
  const gitBook = { ...generatedBook, redirects: { korttidsopphold: 'sykehjem' } };
  server = await startLocalServer({
    port: 0,
    dataDir: join(work, 'data'),
    distDir: dist,
    gitBook,
    publishingClock: false,
    ...bookServing(kommuner),
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('one local server for a book with a prefix kommune and a host kommune', () => {
  it('serves the host kommune’s own pages at its root when the request names its host, with or without a port', async () => {
    const port = new URL(server.url).port;
    for (const host of [HALDEN_HOST, `${HALDEN_HOST}:${port}`, 'ABC.Halden.Example.no']) {
      const front = await get('/', host);
      expect(front.status, host).toBe(200);
      expect(front.body, host).toContain('Forsiden til halden');
    }
    expect((await get('/sykehjem/', HALDEN_HOST)).body).toContain('Sykehjem i halden');
  });

  it('serves the book’s root page and the prefix kommune on any other host', async () => {
    for (const host of [undefined, 'localhost', 'abc.example.no']) {
      expect((await get('/', host)).body, host).toContain('Velg kommune');
      expect((await get('/jevnaker/sykehjem/', host)).body, host).toContain('Sykehjem i jevnaker');
    }
  });

  it('keeps each site to itself: the host kommune has no prefix kommune in it, and its «not found» is its own', async () => {
    for (const path of ['/jevnaker/', '/finnes-ikke/']) {
      const missing = await get(path, HALDEN_HOST);
      expect(missing.status, path).toBe(404);
      expect(missing.body, path).toContain('Fant ikke siden hos halden');
    }
    expect((await get('/sykehjem/')).status).toBe(404);
  });

  it('answers an old address with a 301 that stays within each kommune: under its prefix, at its host’s root, and at the book’s root', async () => {
    for (const path of ['/jevnaker/forslag/', '/jevnaker/forslag', '/jevnaker/forslag/index.html']) {
      const moved = await get(path);
      expect(moved.status, path).toBe(301);
      expect(moved.location, path).toBe('/jevnaker/svar-pa-forslag/');
    }
    const onHost = await get('/forslag/', HALDEN_HOST);
    expect([onHost.status, onHost.location]).toEqual([301, '/svar-pa-forslag/']);
    const atRoot = await get('/forslag/');
    expect([atRoot.status, atRoot.location]).toEqual([301, '/svar-pa-forslag/']);
    const retired = [await get('/jevnaker/korttidsopphold/'), await get('/korttidsopphold/', HALDEN_HOST)];
    expect(retired.map((answer) => [answer.status, answer.location])).toEqual([
      [301, '/jevnaker/sykehjem/'],
      [301, '/sykehjem/'],
    ]);
  });

  it('answers the API on every host', async () => {
    expect((await get('/api/health', HALDEN_HOST)).status).toBe(200);
    expect((await get('/api/health')).status).toBe(200);
  });
});
