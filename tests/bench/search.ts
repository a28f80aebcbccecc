/**
 * Search bench. First the quality on the real book (tests/bench/search-quality.ts: the project,
 * tuning and held-out question sets, with and without JavaScript, beside the targets); then, for
 * the real book and a generated book of 1 000 articles: the size of Pagefind's
 * index and of the alias index, the bytes the search page fetches for search when it opens and
 * for its first query (its script, the alias index and, only if the query needs it, Pagefind),
 * and the time from the reader's last keystroke to rendered results (median and p95 over 30
 * queries typed into /sok/ in Chromium), with and without the 200 ms typing pause.
 *
 * The nynorsk held-out set is asked of Voss's book (a nynorsk kommune), built without PDFs into
 * a temporary folder, and printed as `qualityNynorsk`.
 *
 * Run alone: node tests/bench/search.ts               (builds the books, prints JSON)
 *            node tests/bench/search.ts <dist> [<dist-1000>]   (measures built sites; Voss is still built)
 *            node tests/bench/search.ts --quality [<dist>]     (only the quality of a built site, default dist/)
 *            node tests/bench/search.ts --nynorsk [<dist>]     (only the nynorsk set, on Voss's book: built unless given)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startLocalServer } from '../../tools/local/server.ts';
import { generateBook } from './generate-book.ts';
import { NYNORSK_SET_NAMES } from '../e2e/support/search-sets.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';
import { measureSearchQuality, QUALITY_TARGETS, type QualityReport } from './search-quality.ts';
import { measureBuild } from './site.ts';

const QUERY_COUNT = 30;
const TYPING_DELAY_MS = 30;

export interface SearchBench {
  pages: number;
  pagefindIndex: { bytes: number; files: number; byPart: Record<string, number> };
  aliasIndex: { bytes: number; gzipBytes: number };
  /** What /sok/ fetches for search when it opens (its script; the alias index and Pagefind load on demand). */
  openBytes: { raw: number; gzip: number; requests: number };
  /**
   * What the first query fetches on top before its results are on screen (the alias index;
   * Pagefind only when the query needs full text), and after (Pagefind's script, loaded quietly for later
   * queries; what its worker fetches is not seen here).
   */
  firstQueryBytes: { raw: number; gzip: number; requests: number; afterResults: { raw: number; gzip: number; requests: number } };
  /** Opening plus first query, gzip: the figure the target is about. */
  firstSearchGzipBytes: number;
  keystrokeToResultsMs: {
    median: number;
    p95: number;
    max: number;
    queries: number;
    debounceMs: number;
    medianAfterPause: number;
    p95AfterPause: number;
  };
}

/** The targets, printed beside the figures. */
export const SEARCH_TARGETS = {
  firstSearchGzipBytesMax: { realBook: 50 * 1024, generatedBook1000: 70 * 1024 },
  keystrokeToResultsAfterPauseMsMax: 100,
};
const DEBOUNCE_MS = 200;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

function pagefindIndexSize(dist: string): SearchBench['pagefindIndex'] {
  const root = join(dist, 'pagefind');
  const byPart: Record<string, number> = {};
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, name);
    // The ready-made UI bundles are not used by this site and are never fetched.
    if (!statSync(path).isFile() || /ui\.(js|css)$|highlight/.test(name)) continue;
    const part = name.includes('/') ? name.split('/')[0]! : name.endsWith('.js') ? 'script' : name.endsWith('pagefind') ? 'wasm' : 'meta';
    byPart[part] = (byPart[part] ?? 0) + statSync(path).size;
    bytes += statSync(path).size;
    files++;
  }
  return { bytes, files, byPart };
}

type Bytes = { raw: number; gzip: number; requests: number };

const total = (bodies: readonly Buffer[]): Bytes => ({
  raw: bodies.reduce((sum, body) => sum + body.length, 0),
  gzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  requests: bodies.length,
});

/**
 * Counts the bytes of search requests (the page's script, alias index, /pagefind/) while
 * `action` runs and the network settles. With `until` (epoch ms), the bytes of responses that
 * arrived after that moment are reported apart as `afterResults`.
 */
async function searchBytesDuring(page: Page, action: () => Promise<void>): Promise<Bytes>;
async function searchBytesDuring(page: Page, action: () => Promise<void>, until: () => number): Promise<Bytes & { afterResults: Bytes }>;
async function searchBytesDuring(page: Page, action: () => Promise<void>, until?: () => number) {
  const bodies: Promise<{ at: number; body: Buffer }>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    const at = Date.now();
    const path = new URL(response.url()).pathname;
    const searchScript = path.startsWith('/_astro/') && path.endsWith('.js');
    if (searchScript || path === '/search-index.json' || path.startsWith('/pagefind/')) {
      bodies.push(
        response.body().then(
          (body) => ({ at, body }),
          () => ({ at, body: Buffer.alloc(0) }),
        ),
      );
    }
  };
  page.on('response', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const all = await Promise.all(bodies);
  if (!until) return total(all.map((entry) => entry.body));
  const moment = until();
  return {
    ...total(all.filter((entry) => entry.at <= moment).map((entry) => entry.body)),
    afterResults: total(all.filter((entry) => entry.at > moment).map((entry) => entry.body)),
  };
}

/** Types a query into the search field and returns ms from its last keystroke to rendered results, and when they rendered (epoch ms). */
async function typeAndTime(page: Page, query: string): Promise<{ ms: number; renderedAt: number }> {
  const field = page.locator('form[data-search-form] input[name="q"]');
  await field.fill('');
  await page.waitForTimeout(300);
  const rendered = page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const root = document.querySelector('[data-search]')!;
        root.addEventListener('search:rendered', function done(event) {
          if ((event as CustomEvent<{ query: string }>).detail.query !== expected) return;
          root.removeEventListener('search:rendered', done);
          requestAnimationFrame(() => resolve(performance.now()));
        });
      }),
    query.trim(),
  );
  await field.focus();
  await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
  const [renderedAt, lastKey] = await Promise.all([rendered, page.evaluate(() => (window as unknown as { lastKeyAt: number }).lastKeyAt)]);
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  return { ms: renderedAt - lastKey, renderedAt: timeOrigin + renderedAt };
}

export async function measureSearch(dist: string, queries: readonly string[]): Promise<SearchBench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'abc-bench-search-'));
  const site = await startLocalServer({ port: 0, dataDir, distDir: dist });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      addEventListener('keydown', () => ((window as unknown as { lastKeyAt: number }).lastKeyAt = performance.now()), { capture: true });
    });
    const openBytes = await searchBytesDuring(page, async () => {
      await page.goto(`${site.url}/sok/`, { waitUntil: 'networkidle' });
    });
    const times: number[] = [];
    let firstRenderedAt = 0;
    const firstQueryBytes = await searchBytesDuring(
      page,
      async () => {
        const first = await typeAndTime(page, queries[0]!);
        times.push(first.ms);
        firstRenderedAt = first.renderedAt;
      },
      () => firstRenderedAt,
    );
    for (const query of queries.slice(1)) times.push((await typeAndTime(page, query)).ms);
    const sorted = [...times].sort((a, b) => a - b);
    const aliasIndex = readFileSync(join(dist, 'search-index.json'));
    return {
      pages: (JSON.parse(aliasIndex.toString('utf8')) as { documents: unknown[] }).documents.length,
      pagefindIndex: pagefindIndexSize(dist),
      aliasIndex: { bytes: aliasIndex.length, gzipBytes: gzipSync(aliasIndex, { level: 9 }).length },
      openBytes,
      firstQueryBytes,
      firstSearchGzipBytes: openBytes.gzip + firstQueryBytes.gzip,
      keystrokeToResultsMs: {
        median: Math.round(quantile(sorted, 0.5)),
        p95: Math.round(quantile(sorted, 0.95)),
        max: Math.round(sorted.at(-1) ?? 0),
        queries: times.length,
        debounceMs: DEBOUNCE_MS,
        medianAfterPause: Math.round(quantile(sorted, 0.5) - DEBOUNCE_MS),
        p95AfterPause: Math.round(quantile(sorted, 0.95) - DEBOUNCE_MS),
      },
    };
  } finally {
    await browser.close();
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The example nynorsk kommune (Voss herad), whose book the nynorsk set is asked of. */
const NYNORSK_KOMMUNE = 'content/municipalities/voss.json';

/** The nynorsk set on Voss's book: `dist` if given, else built without PDFs into a temporary folder. */
export async function measureNynorskSearchQuality(dist?: string): Promise<QualityReport> {
  const kommune = { MUNICIPALITY_CONFIG: NYNORSK_KOMMUNE };
  const built = dist ? undefined : mkdtempSync(join(tmpdir(), 'abc-bench-nynorsk-'));
  try {
    if (built) measureBuild(built, { ...kommune, BOOKLET: 'off' });
    return await measureSearchQuality(dist ?? built!, { sets: NYNORSK_SET_NAMES, env: kommune });
  } finally {
    // The build's server renderer goes beside its folder.
    if (built) for (const dir of [built, serverDirFor(built)]) rmSync(dir, { recursive: true, force: true });
  }
}

/** The first 30 everyday queries of the quality set. */
export function benchQueries(): string[] {
  const file = fileURLToPath(new URL('../content/search-queries.json', import.meta.url));
  const { queries } = JSON.parse(readFileSync(file, 'utf8')) as { queries: { query: string }[] };
  return queries.slice(0, QUERY_COUNT).map((entry) => entry.query);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--quality') {
    const dist = args[1] ?? 'dist';
    console.log(JSON.stringify({ targets: { quality: QUALITY_TARGETS }, quality: await measureSearchQuality(dist) }, null, 2));
    process.exit(0);
  }
  if (args[0] === '--nynorsk') {
    const quality = await measureNynorskSearchQuality(args[1]);
    console.log(JSON.stringify({ targets: { quality: QUALITY_TARGETS }, qualityNynorsk: quality }, null, 2));
    process.exit(0);
  }
  const [realDist, bookDist] = args;
  let real = realDist;
  let book = bookDist;
  if (!real) {
    real = 'dist-bench-search';
    // Search needs no PDFs; printing them (40 minutes at 1 000 articles on a shared machine) is measured by `npm run bench`.
    measureBuild(real, { BOOKLET: 'off' });
  }
  const quality = await measureSearchQuality(real);
  const qualityNynorsk = await measureNynorskSearchQuality();
  if (!book) {
    const articles = '.bench/search-book-1000';
    generateBook(articles, 1000);
    book = 'dist-bench-search-1000';
    measureBuild(book, { ARTICLES_DIR: articles, BOOKLET: 'off' });
  }
  for (const dist of [real, book]) {
    if (!existsSync(join(dist, 'pagefind'))) throw new Error(`${relative('.', dist)} har ingen Pagefind-indeks: bygg først`);
  }
  const queries = benchQueries();
  const report = {
    targets: { ...SEARCH_TARGETS, quality: QUALITY_TARGETS },
    quality,
    qualityNynorsk,
    search: { realBook: await measureSearch(real, queries), generatedBook1000: await measureSearch(book, queries) },
  };
  console.log(JSON.stringify(report, null, 2));
}
