// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { serverRenderer } from './src/server/adapter.ts';
import { serverDirFor } from './src/core/rendered-pages.ts';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { lazyScripts } from './tools/build/lazy-scripts.ts';
import { printOrigin } from './tools/build/print-origin.ts';
import { bookSite } from './src/lib/book-kommuner.ts';

const configPath = resolve(process.env.MUNICIPALITY_CONFIG ?? 'content/municipality.json');
const { siteUrl: ownSiteUrl, language = 'nb' } = JSON.parse(readFileSync(configPath, 'utf8'));
// Texts a module reads while it loads follow the kommune's målform too (src/core/text/language.ts).
process.env.BOOK_LANGUAGE = language;
// One kommune of a book (BOOK_CONFIG and BOOK_KOMMUNE, set by tools/build/build-book.ts) is built
// under its own address: its pages under its prefix (Astro's `base`, read by src/core/paths.ts).
const inBook = bookSite();
const siteUrl = inBook?.siteUrl ?? ownSiteUrl;
const outDir = resolve(process.env.ASTRO_OUT_DIR ?? './dist');

export default defineConfig({
  site: siteUrl,
  ...(inBook ? { base: inBook.base } : {}),
  outDir,
  trailingSlash: 'always',
  // Publishing builds in a work folder under DATA_DIR while the site keeps running; its own cache keeps builds apart.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  adapter: serverRenderer(),
  build: {
    format: 'directory',
    // The static site stays the whole of outDir (what is uploaded and served); the server renderer
    // for the pages rendered on demand goes beside it (src/server/adapter.ts).
    client: './',
    // A kommune of a book puts its renderer into the book's (ASTRO_SERVER_DIR, set by tools/build/build-book.ts).
    server: relative(outDir, process.env.ASTRO_SERVER_DIR ? resolve(process.env.ASTRO_SERVER_DIR) : serverDirFor(outDir)),
    // One cached stylesheet instead of CSS inlined into every page.
    inlineStylesheets: 'never',
  },
  vite: {
    // Browser scripts fetched only when a reader needs them (`import url from './x.ts?lazy'`), and the
    // site's origin in the print stylesheet.
    plugins: [lazyScripts(), printOrigin(siteUrl)],
    // The kommune of a book every API address of its pages and scripts names (src/core/paths.ts, SITE_KOMMUNE); '' on its own.
    define: { __SITE_KOMMUNE__: JSON.stringify(inBook ? process.env.BOOK_KOMMUNE : '') },
    build: {
      // Scripts must stay external files: the Content-Security-Policy forbids inline scripts.
      assetsInlineLimit: 0,
    },
  },
});
