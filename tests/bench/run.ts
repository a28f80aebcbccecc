/**
 * `npm run bench`: every figure the issues ask for, as one JSON report on stdout.
 * Builds the real book and a generated book of 1 000 articles under .bench/, then measures
 * page weight in Chromium, build time and size, the printed editions, search, and the API, then a book
 * of BENCH_KOMMUNER generated kommuner (default 50; book-of-kommuner.ts). Targets are printed
 * beside the figures, never asserted: speed belongs here, not in tests that flake.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer } from '../../tools/local/server.ts';
import { readGitBook } from '../../tools/build/write-articles.ts';
import { measureApi } from './api.ts';
import { measureBooklet } from './booklet.ts';
import { benchKommuner, benchWorkers, BOOK_TARGETS, measureBookOfKommuner } from './book-of-kommuner.ts';
import { measurePublish, PUBLISH_TARGETS } from './publish.ts';
import { generateBook } from './generate-book.ts';
import { benchQueries, measureSearch, SEARCH_TARGETS } from './search.ts';
import { measureBuild, measurePages, TOOL_SCRIPT, type PageWeight } from './site.ts';

const WORK = '.bench';
const PAGES = {
  front: '/',
  letter: '/bokstav/s/',
  article: '/sykehjem/',
  /** An article the plan links to: it offers «Legg til i planen» but must not load the tools. */
  planArticle: '/bolig-tilpasning/',
  myPlan: '/min-plan/',
  whoDoesWhat: '/hvem-gjor-hva/',
};

/** The planning tools' budget figures: their first-visit weight, and which scripts reach article pages. */
function planningFigures(pages: Record<string, PageWeight>) {
  const articleScripts = [...new Set([...(pages.article?.scripts ?? []), ...(pages.planArticle?.scripts ?? [])])];
  return {
    toolPagesHtmlCssJsGzip: { myPlan: pages.myPlan?.htmlCssJsGzip, whoDoesWhat: pages.whoDoesWhat?.htmlCssJsGzip },
    articlePageScripts: articleScripts,
    toolScriptsOnArticlePages: articleScripts.filter((script) => TOOL_SCRIPT.test(script)),
  };
}

async function pagesOf(distDir: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'abc-bench-pages-'));
  const server = await startLocalServer({ port: 0, dataDir, distDir });
  try {
    return await measurePages(server.url, PAGES);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const realDist = join(WORK, 'dist');
const bookDist = join(WORK, 'dist-1000');
const bookArticles = join(WORK, 'articles-1000');

// The site is timed without the PDFs, which are timed on their own below.
const realBuild = measureBuild(realDist, { BOOKLET: 'off' });
generateBook(bookArticles, 1000);
const bookBuild = measureBuild(bookDist, { ARTICLES_DIR: bookArticles, BOOKLET: 'off' });
const realBooklet = await measureBooklet(realDist);
// At 1 000 articles the whole book (the edition the other three follow) and the short edition.
const bookBooklet = await measureBooklet(bookDist, ['full', 'short']);

const realPages = await pagesOf(realDist);
const bookPages = await pagesOf(bookDist);
const queries = benchQueries();

const report = {
  targets: {
    /** Issue 26: an article's first visit, at 69 and at 1 000 articles. */
    articlePageHtmlCssJsGzipMax: 10 * 1024,
    toolPageHtmlCssJsGzipMax: 20 * 1024,
    toolScriptsOnArticlePages: 0,
    renderBlockingScripts: 0,
    bundleBytesMax: 250 * 1024,
    apiP95MsMax: 50,
    search: SEARCH_TARGETS,
    publishing: PUBLISH_TARGETS,
    bookOfKommuner: BOOK_TARGETS,
  },
  site: {
    realBook: { build: realBuild, pages: realPages },
    generatedBook1000: { build: bookBuild, pages: bookPages },
  },
  booklet: { realBook: realBooklet, generatedBook1000: bookBooklet },
  planning: {
    realBook: planningFigures(realPages),
    generatedBook1000: planningFigures(bookPages),
  },
  search: {
    realBook: await measureSearch(realDist, queries),
    generatedBook1000: await measureSearch(bookDist, queries),
  },
  api: await measureApi(realDist),
  publishing: {
    realBook: await measurePublish(realDist),
    generatedBook1000: await measurePublish(bookDist, await readGitBook(bookArticles)),
  },
  bookOfKommuner: await measureBookOfKommuner(benchKommuner(process.env), benchWorkers(process.env)),
};

console.log(JSON.stringify(report, null, 2));
