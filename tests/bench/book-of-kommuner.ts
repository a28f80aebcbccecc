/**
 * A book of many kommuner (issue 28), with the real articles: what it costs per kommune to build the
 * book, to publish a national edit (every kommune rebuilt) and a local edit (one kommune rebuilt).
 *
 * The kommuner are test data, generated into a temporary folder (never into content/): Jevnaker's
 * config under a generated id, name and prefix (`prove-a`, «Prøvekommune 1», `/prove-a/` …), the
 * first with a local part in /sykehjem/. BENCH_KOMMUNER sets how many (default 50) and
 * BOOK_BUILD_WORKERS how many are built at once (default 2 here, one per core of the machine it was
 * written on: a kommune's build is one Node process most of the time).
 *
 * The book and the national edit are built without the PDFs (BOOKLET=off); the local edit is built
 * whole, with its PDFs, as a publication of one kommune is. The PDFs of a national edit are therefore
 * an estimate from the local edit's print time, and the printout says so.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBook } from '../../src/core/books/parse-book.ts';
import { bookWorkers, buildBook, buildKommune, buildKommuner, type KommuneTimings } from '../../tools/build/build-book.ts';
import { PUBLISH_TARGETS } from './publish.ts';

/** Printed beside the figures, never asserted. */
export const BOOK_TARGETS = {
  /** A kommune's web pages rebuilt within the time a publication has to go live (issue 22's target for the real book). */
  kommuneWebBuildMsMax: PUBLISH_TARGETS.realBook.publishToLiveMsMax,
  /** A local edit is a publication of one kommune: its pages and PDFs within issue 22's time for the real book. */
  localEditMsMax: PUBLISH_TARGETS.realBook.pdfsReadyMsMax,
};

const EDITED_SUMMARY = 'Prøvetekst for benken, en nasjonal endring av Kort fortalt som hver kommune i boka skal vise.';
const LOCAL_TEXT = 'Prøvetekst for benken: en lokal del bare den første prøvekommunen viser.';
const EDITED_LOCAL_TEXT = 'Prøvetekst for benken: den lokale delen er endret, og bare denne kommunen bygges på nytt.';

/** a, b, … z, aa, ab …: a kommune id is lowercase letters only. */
function letters(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(97 + ((rest - 1) % 26)) + name;
  return name;
}

/** Writes `count` generated kommuner, their book and a copy of the real articles into `work`. */
export function generateKommuner(work: string, count: number, template = 'content/municipality.json') {
  const base = JSON.parse(readFileSync(template, 'utf8')) as Record<string, unknown>;
  mkdirSync(join(work, 'kommuner'), { recursive: true });
  const kommuner = Array.from({ length: count }, (_, index) => {
    const id = `prove-${letters(index)}`;
    const name = `Prøvekommune ${index + 1}`;
    const config = join(work, 'kommuner', `${id}.json`);
    writeFileSync(
      config,
      JSON.stringify({ ...base, name, shortName: name, logoText: name, siteUrl: `https://abc.example.no/${id}/` }, null, 2),
    );
    return { id, config, address: { prefix: `/${id}/` } };
  });
  const localParts = join(work, 'local', kommuner[0]!.id, 'parts.json');
  mkdirSync(join(localParts, '..'), { recursive: true });
  writeFileSync(localParts, JSON.stringify({ sykehjem: { tildeling: { date: '2026-12-07', text: LOCAL_TEXT } } }, null, 2));
  const bookFile = join(work, 'book.json');
  const bookJson = {
    siteUrl: 'https://abc.example.no',
    kommuner: kommuner.map((kommune, index) => (index === 0 ? { ...kommune, localParts } : kommune)),
  };
  writeFileSync(bookFile, JSON.stringify(bookJson, null, 2));
  const articlesDir = join(work, 'articles');
  mkdirSync(articlesDir);
  for (const name of readdirSync('content/articles').filter((file) => file.endsWith('.mdx'))) {
    cpSync(join('content/articles', name), join(articlesDir, name));
  }
  return { bookFile, book: parseBook(readFileSync(bookFile, 'utf8'), bookFile), articlesDir, localParts };
}

function sizeOf(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(dir, name));
    if (!info.isFile()) continue;
    bytes += info.size;
    files++;
    if (name.endsWith('.html')) pages++;
  }
  return { bytes, files, pages };
}

const average = (values: number[]) => Math.round(values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1));

/** The build steps of the kommuner, averaged: what one kommune's build takes while the others are built beside it. */
function stepsPerKommune(timings: KommuneTimings[]) {
  return {
    astroMs: average(timings.map((timing) => timing.astroMs)),
    pagefindMs: average(timings.map((timing) => timing.pagefindMs)),
    totalMs: average(timings.map((timing) => timing.astroMs + timing.bookletMs + timing.pagefindMs)),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: Math.round(performance.now() - started), result };
}

const pageOf = (dist: string, prefix: string, slug: string) => readFileSync(join(dist, prefix, slug, 'index.html'), 'utf8');

export async function measureBookOfKommuner(count: number, workers: number) {
  const work = mkdtempSync(join(tmpdir(), 'abc-bench-book-'));
  try {
    const { bookFile, book, articlesDir, localParts } = generateKommuner(work, count);
    const dist = join(work, 'dist');
    const webOnly = { BOOKLET: 'off', ARTICLES_DIR: articlesDir, ASTRO_CACHE_DIR: join(work, 'cache') };

    const built = await timed(() => buildBook(bookFile, book, dist, { workers, env: webOnly, logTo: 'stderr' }));
    const { kommuner, timings } = built.result;
    const site = sizeOf(dist);
    const server = sizeOf(`${dist}-server`);

    // A national edit: «Kort fortalt» of /sykehjem/ changed in the articles every kommune shares.
    const article = join(articlesDir, 'sykehjem.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^summary: .*$/m, `summary: ${EDITED_SUMMARY}`));
    const national = await timed(() => buildKommuner(bookFile, kommuner, { workers, env: webOnly, logTo: 'stderr' }));
    const showsNationalEdit = kommuner.filter((kommune) => pageOf(dist, kommune.id, 'sykehjem').includes(EDITED_SUMMARY)).length;

    // A local edit: the first kommune's local part changed; only that kommune is rebuilt, with its PDFs.
    writeFileSync(localParts, readFileSync(localParts, 'utf8').replace(LOCAL_TEXT, EDITED_LOCAL_TEXT));
    const first = kommuner[0]!;
    const local = await timed(() =>
      buildKommune(bookFile, first, { ARTICLES_DIR: articlesDir, ASTRO_CACHE_DIR: join(work, 'cache') }, 'stderr'),
    );
    const showsLocalEdit = pageOf(dist, first.id, 'sykehjem').includes(EDITED_LOCAL_TEXT);
    const others = kommuner.slice(1).filter((kommune) => pageOf(dist, kommune.id, 'sykehjem').includes(EDITED_LOCAL_TEXT)).length;
    const printed = local.result.bookletMs > 0 && sizeOf(join(dist, first.id, 'bok')).files > 0;

    return {
      kommuner: count,
      workers,
      articles: readdirSync(articlesDir).length,
      build: {
        note: 'every kommune: Astro and Pagefind, without the PDFs (BOOKLET=off), `workers` at once; the root page at the end. perKommuneMs is the wall time ÷ kommuner; stepsPerKommune is one kommune’s own build, slowed by the builds beside it',
        ms: built.ms,
        perKommuneMs: Math.round(built.ms / count),
        stepsPerKommune: stepsPerKommune(timings),
      },
      pages: { total: site.pages, perKommune: Math.round(site.pages / count) },
      dist: {
        bytes: site.bytes,
        files: site.files,
        perKommuneBytes: Math.round(site.bytes / count),
        serverRendererBytes: server.bytes,
      },
      nationalEdit: {
        note: `measured: /sykehjem/'s «Kort fortalt» changed, all ${count} kommuner rebuilt without the PDFs; pdfsEstimateMs is an estimate (the local edit's print time × kommuner ÷ workers), not measured`,
        kommunerRebuilt: count,
        kommunerShowingTheEdit: showsNationalEdit,
        ms: national.ms,
        perKommuneMs: Math.round(national.ms / count),
        pdfsEstimateMs: printed ? Math.round((local.result.bookletMs * count) / workers) : undefined,
      },
      localEdit: {
        note: 'measured: the first kommune’s local part in /sykehjem/ changed, that kommune rebuilt with its PDFs',
        kommunerRebuilt: 1,
        showsTheEdit: showsLocalEdit,
        otherKommunerShowingIt: others,
        ms: local.ms,
        steps: { astroMs: local.result.astroMs, bookletMs: local.result.bookletMs, pagefindMs: local.result.pagefindMs },
        printed,
      },
    };
  } finally {
    // The workers' Astro caches (cache-worker-<n>) are in the work folder too.
    rmSync(work, { recursive: true, force: true });
  }
}

/** BENCH_KOMMUNER: how many kommuner the bench's book has (default 50). */
export function benchKommuner(env: Record<string, string | undefined>): number {
  const count = Number(env.BENCH_KOMMUNER ?? 50);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`BENCH_KOMMUNER må være et helt tall fra 1 og oppover, ikke «${env.BENCH_KOMMUNER}»`);
  return count;
}

/** BOOK_BUILD_WORKERS for the bench's book: two at once unless it says otherwise. */
export const benchWorkers = (env: Record<string, string | undefined>): number => bookWorkers({ BOOK_BUILD_WORKERS: '2', ...env });

// `npm run bench:book`: this part of the bench alone.
if (import.meta.main) {
  const figures = await measureBookOfKommuner(benchKommuner(process.env), benchWorkers(process.env));
  console.log(JSON.stringify({ targets: BOOK_TARGETS, bookOfKommuner: figures }, null, 2));
}
