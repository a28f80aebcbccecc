import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kommuneHref } from '../../src/core/books/addresses.ts';
import { parseBook } from '../../src/core/books/parse-book.ts';
import { parseMunicipality } from '../../src/core/municipality.ts';
import { pageAssets, rootPage } from '../../tools/build/book-root.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { DIST_DIR } from './support/site.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

/**
 * The book's own pages at its root – «Velg kommune» and its «not found» twin – exist only in a book's
 * build, which the shared site is not. They are made by the same function the book's build uses
 * (tools/build/book-root.ts) for the Levanger–Verdal book, with the stylesheets of the built site's
 * front page as the book's build takes them from a kommune's, and served at an address of the
 * shared site, so axe sees them with the site's own styles.
 */
const BOOK = 'content/books/levanger-verdal.json';
const book = parseBook(readFileSync(BOOK, 'utf8'), BOOK);
const kommuner = book.kommuner.map((kommune) => ({
  name: parseMunicipality(readFileSync(kommune.config, 'utf8'), kommune.config).name,
  href: kommuneHref(kommune),
}));

for (const { name, notFound } of [
  { name: 'the root page that lets a reader choose a kommune', notFound: false },
  { name: 'the root page’s «not found»', notFound: true },
]) {
  describe(name, () => {
    it('has no axe violations, with the site’s stylesheets applied', async () => {
      const html = rootPage(kommuner, await pageAssets(join(DIST_DIR, 'index.html')), { notFound });
      const page = await site.newPage();
      const address = `${site.baseUrl}/bokas-rot-${notFound ? '404' : 'forside'}/`;
      await page.route(address, (route) =>
        route.fulfill({ status: notFound ? 404 : 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
      await page.goto(address);
      const styled = await page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.cssRules.length > 0).length);
      expect(styled).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
    });
  });
}
