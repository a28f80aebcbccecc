/**
 * `BOOK_CONFIG=content/books/<id>.json npm run build`: builds every kommune of a book, each as
 * `npm run build` builds a kommune on its own (Astro, the PDFs, Pagefind) but under its own address
 * (src/core/books/book-layout.ts), then the book's root pages. Each kommune is built from its own
 * municipality config, so a kommune's pages, search index, sitemap and PDFs hold only its own facts.
 * BOOK_BUILD_WORKERS (default 1) builds that many kommuner at once, each worker with its own Astro
 * cache folder so that builds running side by side never share one.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookConfigFile, parseBook } from '../../src/core/books/parse-book.ts';
import type { Book } from '../../src/core/schemas/book.ts';
import { bookLayout, type KommuneBuild } from '../../src/core/books/book-layout.ts';
import { pageAssets, rootKommuner, writeBookRoot } from './book-root.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How a book is built: how many kommuner at once, what to add to each build's environment, and where the builds' output goes (stderr keeps stdout for a report, as the bench's). */
export type BuildOptions = { workers?: number; env?: Record<string, string>; logTo?: 'stdout' | 'stderr' };

const say = (logTo: BuildOptions['logTo']) => (logTo === 'stderr' ? console.error : console.info);

/** Runs a step and resolves with its wall time in milliseconds. */
function run(command: string, args: string[], env: Record<string, string>, logTo: BuildOptions['logTo'] = 'stdout'): Promise<number> {
  // A BASE_URL in the environment (Vitest sets one) would win over Astro's `base` in import.meta.env.
  const inherited = { ...process.env };
  delete inherited.BASE_URL;
  const started = performance.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['inherit', logTo === 'stderr' ? 2 : 1, 2], env: { ...inherited, ...env } });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolveRun(Math.round(performance.now() - started));
      else reject(new Error(`${command} ${args.join(' ')} stoppet med kode ${code ?? signal}`));
    });
  });
}

/** What one kommune's build took, step by step (wall time in milliseconds). */
export type KommuneTimings = { id: string; astroMs: number; bookletMs: number; pagefindMs: number };

/**
 * Astro, the printed editions and the search index of one kommune, as `npm run build:kommune` makes
 * them for a kommune on its own. `env` adds to the environment (an Astro cache of the worker's own,
 * BOOKLET, ARTICLES_DIR).
 */
export async function buildKommune(
  bookFile: string,
  kommune: KommuneBuild,
  env: Record<string, string> = {},
  logTo: BuildOptions['logTo'] = 'stdout',
): Promise<KommuneTimings> {
  const kommuneEnv = {
    ...env,
    BOOK_CONFIG: bookFile,
    BOOK_KOMMUNE: kommune.id,
    MUNICIPALITY_CONFIG: kommune.config,
    ASTRO_OUT_DIR: kommune.outDir,
    ASTRO_SERVER_DIR: kommune.serverDir,
    SITE_BASE: kommune.base,
  };
  const astroMs = await run(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build'], kommuneEnv, logTo);
  const bookletMs = await run(process.execPath, [`${ROOT}tools/booklet/write-booklet.ts`], kommuneEnv, logTo);
  const pagefindMs = await run(
    process.execPath,
    [`${ROOT}node_modules/pagefind/lib/runner/bin.cjs`, '--site', kommune.outDir],
    kommuneEnv,
    logTo,
  );
  return { id: kommune.id, astroMs, bookletMs, pagefindMs };
}

/** BOOK_BUILD_WORKERS: how many kommuner are built at once (default 1, one after the other). */
export function bookWorkers(env: Record<string, string | undefined>): number {
  const workers = Number(env.BOOK_BUILD_WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`BOOK_BUILD_WORKERS må være et helt tall fra 1 og oppover, ikke «${env.BOOK_BUILD_WORKERS}»`);
  return workers;
}

/**
 * Builds the kommuner with at most `workers` builds at once. With more than one, each worker has
 * an Astro cache of its own (beside ASTRO_CACHE_DIR, or Astro's default), which two builds at once
 * must not share.
 */
export async function buildKommuner(
  bookFile: string,
  kommuner: KommuneBuild[],
  { workers = 1, env = {}, logTo = 'stdout' }: BuildOptions = {},
): Promise<KommuneTimings[]> {
  const queue = [...kommuner.entries()];
  const timings: KommuneTimings[] = [];
  const cacheBase = env.ASTRO_CACHE_DIR ?? process.env.ASTRO_CACHE_DIR ?? `${ROOT}node_modules/.astro`;
  const worker = async (slot: number) => {
    const workerEnv = workers > 1 ? { ...env, ASTRO_CACHE_DIR: `${cacheBase}-worker-${slot}` } : env;
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [index, kommune] = next;
      say(logTo)(`\nBygger ${kommune.id} (${index + 1} av ${kommuner.length}, ${kommune.base === '/' ? kommune.outDir : kommune.base}) …`);
      timings[index] = await buildKommune(bookFile, kommune, workerEnv, logTo);
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, kommuner.length) }, (_, slot) => worker(slot)));
  return timings;
}

export async function buildBook(
  bookFile: string,
  book: Book,
  distDir: string,
  options: BuildOptions = {},
): Promise<{ kommuner: KommuneBuild[]; timings: KommuneTimings[] }> {
  const layout = bookLayout(book, distDir);
  await rm(distDir, { recursive: true, force: true });
  await rm(layout.serverDir, { recursive: true, force: true });
  for (const dir of layout.hostDirs) await rm(dir, { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });
  say(options.logTo)(`Boka ${bookFile}: ${layout.kommuner.length} kommuner, ${options.workers ?? 1} om gangen.`);
  const timings = await buildKommuner(bookFile, layout.kommuner, options);
  const kommuner = await rootKommuner(book, ROOT);
  const first = layout.kommuner[0]!;
  await writeBookRoot(
    distDir,
    book.siteUrl,
    kommuner,
    layout.kommuner.filter((kommune) => kommune.base !== '/').map((kommune) => kommune.base),
    await pageAssets(join(first.outDir, 'index.html')),
  );
  return { kommuner: layout.kommuner, timings };
}

/** Builds the book BOOK_CONFIG names into ASTRO_OUT_DIR (default dist/). */
export async function buildBookFromEnv(): Promise<void> {
  const file = bookConfigFile(process.env);
  if (!file) throw new Error('BOOK_CONFIG mangler: stien til bokas konfigurasjon, for eksempel content/books/levanger-verdal.json');
  const book = parseBook(await readFile(resolve(ROOT, file), 'utf8'), file);
  const started = performance.now();
  await buildBook(file, book, resolve(ROOT, process.env.ASTRO_OUT_DIR ?? 'dist'), { workers: bookWorkers(process.env) });
  console.info(`\nBoka ${file}: ${book.kommuner.length} kommuner bygget på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.main) await buildBookFromEnv();
