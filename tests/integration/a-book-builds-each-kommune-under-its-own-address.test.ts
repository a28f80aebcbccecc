import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { startLocalServer } from '../../tools/local/server.ts';
import { buildBookWithoutPdfs, type BuiltBook } from './support/built-book.ts';

/**
 * Builds the test book of Jevnaker and Halden (tests/fixtures/books/jevnaker-halden.json) as
 * `BOOK_CONFIG=… npm run build` does, without the PDFs, and reads what it wrote: each kommune's
 * pages under its prefix with its own facts, links that stay inside the kommune (or go to the
 * API or the other kommuner), its own sitemap and search index, and the root page.
 */
const BOOK = 'tests/fixtures/books/jevnaker-halden.json';
const KOMMUNER = [
  { id: 'jevnaker', prefix: '/jevnaker/', config: loadMunicipality('content/municipality.json') },
  { id: 'halden', prefix: '/halden/', config: loadMunicipality('content/municipalities/halden.json') },
] as const;
let work: string;
let dist: string;

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));

let book: BuiltBook | undefined;

beforeAll(() => {
  book = buildBookWithoutPdfs(BOOK);
  ({ work, dist } = book);
}, 900_000);

afterAll(() => book?.remove());

describe('a book of two kommuner', () => {
  it('has a root page that links to each kommune’s front page, and nothing else', () => {
    const root = parse(readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(root.querySelectorAll('[data-book-root] a').map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
      KOMMUNER.map((kommune) => [kommune.config.name, kommune.prefix]),
    );
    for (const link of root.querySelectorAll('link[rel=stylesheet]')) expect(existsSync(join(dist, link.getAttribute('href')!))).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://abc.example.no/halden/sitemap.xml');
    expect(readdirSync(dist).sort()).toEqual(['404.html', 'halden', 'index.html', 'jevnaker', 'robots.txt']);
  });

  for (const kommune of KOMMUNER) {
    const other = KOMMUNER.find((entry) => entry.id !== kommune.id)!;

    describe(kommune.id, () => {
      const dir = () => join(dist, kommune.id);

      it('has its own front page, A–Å, contact page and «Om boka» with its own facts', () => {
        const front = parse(readFileSync(join(dir(), 'index.html'), 'utf8'));
        expect(front.querySelector('title')?.textContent).toContain(kommune.config.name);
        expect(existsSync(join(dir(), 'bokstav', 'a', 'index.html'))).toBe(true);
        expect(existsSync(join(dir(), 'om', 'index.html'))).toBe(true);
        expect(existsSync(join(dir(), 'trykk', 'boka', 'index.html'))).toBe(true);
        const contact = parse(readFileSync(join(dir(), 'kontakt', 'index.html'), 'utf8')).textContent;
        expect(contact).toContain(kommune.config.switchboard!.phone);
        expect(contact).not.toContain(other.config.switchboard!.phone);
        expect(front.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`https://abc.example.no${kommune.prefix}`);
      });

      it('links only within its own prefix, to the API, or to the other kommune of the book', () => {
        const strays: string[] = [];
        for (const file of htmlFiles(dir())) {
          const page = parse(readFileSync(file, 'utf8'));
          for (const element of page.querySelectorAll('[href], [src], [action]')) {
            const address = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
            if (!address.startsWith('/') || address.startsWith('//')) continue;
            if (address.startsWith(kommune.prefix) || address.startsWith('/api/')) continue;
            if (address === other.prefix && element.closest('[data-book-kommuner]')) continue;
            strays.push(`${relative(dir(), file)}: ${address}`);
          }
        }
        expect(strays).toEqual([]);
      });

      it('links to the other kommune from every page', () => {
        for (const file of ['index.html', 'sykehjem/index.html', 'kontakt/index.html']) {
          const links = parse(readFileSync(join(dir(), file), 'utf8')).querySelectorAll('[data-book-kommuner] a');
          expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([[other.config.name, other.prefix]]);
        }
      });

      it('shows its own local part of a national article, with the kommune and the date, and no other kommune’s', () => {
        for (const file of ['sykehjem/index.html', 'trykk/boka/index.html']) {
          const parts = parse(readFileSync(join(dir(), file), 'utf8')).querySelectorAll('[data-local-part="tildeling"]');
          if (kommune.id === 'halden') {
            expect(parts).toHaveLength(1);
            expect(parts[0]!.textContent).toContain('Gjelder Halden kommune (1. desember 2026)');
            expect(parts[0]!.querySelectorAll('p')).toHaveLength(3);
          } else {
            expect(parts).toHaveLength(0);
          }
        }
      });

      it('shows the service it shares with the other kommune as the book defines it, once for both', () => {
        const card = parse(readFileSync(join(dir(), 'sykehjem', 'index.html'), 'utf8')).querySelector('[data-service="tildelingskontor"]');
        expect(card?.textContent).toContain('Felles tildelingskontor i testboka');
        expect(card?.textContent).toContain(kommune.config.switchboard!.phone);
      });

      it('has its own sitemap with addresses under its prefix', () => {
        const sitemap = readFileSync(join(dir(), 'sitemap.xml'), 'utf8');
        const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
        expect(urls.length).toBeGreaterThan(60);
        for (const url of urls) expect(url.startsWith(`https://abc.example.no${kommune.prefix}`)).toBe(true);
      });

      it('has its own search index, of its own pages and its own facts', () => {
        const entry = JSON.parse(readFileSync(join(dir(), 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        expect(Object.values(entry.languages)[0]!.page_count).toBeGreaterThan(60);
        const fragments = readdirSync(join(dir(), 'pagefind', 'fragment')).map((file) =>
          gunzipSync(readFileSync(join(dir(), 'pagefind', 'fragment', file))).toString('utf8'),
        );
        const all = fragments.join('\n');
        expect(all).toContain('"url":"/sykehjem/"');
        expect(all).toContain(kommune.config.switchboard!.phone);
        expect(all).not.toContain(other.config.switchboard!.phone);
      });
    });
  }

  it('is served whole on one port by the local server: the root page, each kommune, its search index, and the root’s «not found»', async () => {
    const server = await startLocalServer({ port: 0, dataDir: join(work, 'data'), distDir: dist });
    try {
      const get = (path: string) => fetch(`${server.url}${path}`);
      expect(await (await get('/')).text()).toContain('href="/halden/"');
      for (const kommune of KOMMUNER) {
        const front = await get(kommune.prefix);
        expect(front.status).toBe(200);
        expect(await front.text()).toContain(kommune.config.name);
        expect((await get(`${kommune.prefix}pagefind/pagefind.js`)).status).toBe(200);
        expect((await get(`${kommune.prefix}sykehjem/`)).status).toBe(200);
      }
      const missing = await get('/finnes-ikke/');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('href="/jevnaker/"');
      expect((await get('/api/health')).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 120_000);
});
