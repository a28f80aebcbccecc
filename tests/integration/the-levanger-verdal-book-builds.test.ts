import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBook } from '../../src/core/books/parse-book.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { buildBookWithoutPdfs, type BuiltBook } from './support/built-book.ts';
import { bookServing } from '../../tools/build/book-layout.ts';
import { bookLayout } from '../../src/core/books/book-layout.ts';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';

/**
 * Builds the example book of two kommuner that plan together, `content/books/levanger-verdal.json`,
 * as `BOOK_CONFIG=… npm run build` does (without the PDFs), and reads what a reader of each kommune
 * gets: the root page's choice, each kommune's own front page and contacts, the interkommunal
 * legevakt the book defines once, and no fact of the other kommune; and, served by one local server,
 * the pages the API draws for each kommune (search without JavaScript) from that kommune's own site.
 */
const BOOK = 'content/books/levanger-verdal.json';
const book = parseBook(readFileSync(BOOK, 'utf8'), BOOK);
let built: BuiltBook | undefined;
let dist: string;
let server: LocalServer | undefined;

const page = (...path: string[]) => parse(readFileSync(join(dist, ...path), 'utf8'));

beforeAll(async () => {
  built = buildBookWithoutPdfs(BOOK);
  dist = built.dist;
  server = await startLocalServer({
    port: 0,
    dataDir: join(built.work, 'data'),
    distDir: dist,
    env: { ...process.env, BOOK_CONFIG: BOOK, BOOK_KOMMUNER: book.kommuner.map((kommune) => kommune.id).join(',') },
    publishingClock: false,
    ...bookServing(bookLayout(book, dist).kommuner),
  });
}, 900_000);

afterAll(async () => {
  await server?.close();
  built?.remove();
});

describe('the Levanger–Verdal book', () => {
  const kommuner = book.kommuner.map((kommune) => ({
    id: kommune.id,
    prefix: 'prefix' in kommune.address ? kommune.address.prefix : '',
    config: loadMunicipality(kommune.config),
  }));

  it('lets the reader choose Levanger or Verdal on its root page', () => {
    const links = page('index.html').querySelectorAll('[data-book-root] a');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Levanger kommune', '/levanger/'],
      ['Verdal kommune', '/verdal/'],
    ]);
  });

  for (const kommune of kommuner) {
    const other = () => kommuner.find((entry) => entry.id !== kommune.id)!;

    describe(kommune.id, () => {
      it('names itself in every API address its forms send to, a GET form in a hidden field too', () => {
        for (const file of [
          ['index.html'],
          ['foresla', 'index.html'],
          ['folg', 'index.html'],
          ['rad', 'index.html'],
          ['sykehjem', 'index.html'],
        ]) {
          const forms = page(kommune.id, ...file).querySelectorAll('form[action^="/api/"]');
          expect(forms.length, file.join('/')).toBeGreaterThan(0);
          for (const form of forms) {
            const action = new URL(form.getAttribute('action')!, 'https://abc.invalid');
            expect(action.searchParams.get('kommune'), `${file.join('/')} ${action.pathname}`).toBe(kommune.id);
            if ((form.getAttribute('method') ?? 'get').toLowerCase() === 'get')
              expect(form.querySelector('input[type="hidden"][name="kommune"]')?.getAttribute('value')).toBe(kommune.id);
          }
        }
      });

      it('has its own front page and links to the other kommune', () => {
        const front = page(kommune.id, 'index.html');
        expect(front.querySelector('title')?.textContent).toContain(kommune.config.name);
        expect(front.querySelectorAll('[data-book-kommuner] a').map((link) => link.getAttribute('href'))).toEqual([other().prefix]);
      });

      it('shows its own contacts and none of the other kommune’s', () => {
        const contact = page(kommune.id, 'kontakt', 'index.html').textContent;
        const own = kommune.config.services.servicetorget?.phone;
        const theirs = other().config.services.servicetorget?.phone;
        if (own) expect(contact).toContain(own);
        if (theirs && theirs !== own) expect(contact).not.toContain(theirs);
        if (!kommune.config.switchboard) {
          const website = page(kommune.id, 'kontakt', 'index.html').querySelector('[data-kommune-website]');
          expect(website?.getAttribute('href')).toBe(kommune.config.website);
        }
      });

      it('answers a search without JavaScript with its own results page, drawn from its own site', async () => {
        const response = await fetch(`${server!.url}/api/sok?q=${encodeURIComponent('sykehjem')}&kommune=${kommune.id}`);
        expect(response.status).toBe(200);
        const results = parse(await response.text());
        // The page names its kommune where every page does: beside the book's name in the header.
        expect(results.querySelector('[data-local]')?.textContent).toBe(kommune.config.logoText);
        const hrefs = results.querySelectorAll('main a[href^="/"]').map((link) => link.getAttribute('href')!);
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) expect(href.startsWith(kommune.prefix) || href.startsWith('/api/'), href).toBe(true);
      });

      it('shows the legevakt the two run together, as the book defines it once', () => {
        const legevakt = book.sharedServices['innherred-legevakt']!;
        const card = page(kommune.id, 'kontakt', 'index.html').querySelector('[data-service="legevakt"]');
        expect(card?.textContent).toContain(legevakt.name);
        expect(card?.textContent).toContain(legevakt.phone);
      });
    });
  }
});
