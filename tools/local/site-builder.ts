/**
 * The two stages of a local publication build, as `npm run build` does them but apart: the web
 * pages (Astro and the Pagefind index) and, after they are live, the book's PDFs. Each step is a
 * child process on the same Node that dies with this process (tools/build/exit-with-parent.ts)
 * and is stopped when the build is called off. Each rejects with the end of the step's output.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BookFolder } from '../build/book-folder.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXIT_WITH_PARENT = fileURLToPath(new URL('../build/exit-with-parent.ts', import.meta.url));

/** Runs one build step; `signal` stops it. */
export function runStep(args: string[], env: Record<string, string>, signal?: AbortSignal): Promise<void> {
  // A BASE_URL in the environment (Vitest sets one) would win over Astro's `base` for a kommune of a book.
  const inherited = { ...process.env };
  delete inherited.BASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, ...args], {
      cwd: ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      ...(signal ? { signal } : {}),
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(output.trim() || `exit ${code}`))));
  });
}

/**
 * The book a publication builds: its folder and, for one kommune of a book of several, what tells
 * the build which kommune (tools/build/book-layout.ts, kommuneEnv).
 */
export type BookToBuild = BookFolder & { kommuneEnv?: Record<string, string> };

/** Builds the web pages of `book` into `outDir` with an Astro cache of its own in `cacheDir`. */
export type SiteBuilder = (book: BookToBuild, outDir: string, cacheDir: string, signal?: AbortSignal) => Promise<void>;

/** Prints the book's PDFs from the live site in `siteDir` and swaps them in there (`kommuneEnv`: which kommune of a book). */
export type BookPrinter = (siteDir: string, signal?: AbortSignal, kommuneEnv?: Record<string, string>) => Promise<void>;

export const buildSite: SiteBuilder = async (book, outDir, cacheDir, signal) => {
  const env = {
    ...book.kommuneEnv,
    ARTICLES_DIR: book.articlesDir,
    REDIRECTS_FILE: book.redirectsFile,
    ...(book.factsDir ? { FACTS_DIR: book.factsDir } : {}),
    ...(book.localPartsFile ? { LOCAL_PARTS_FILE: book.localPartsFile } : {}),
    ...(book.ownArticlesDir ? { OWN_ARTICLES_DIR: book.ownArticlesDir } : {}),
    ...(book.bookDate ? { BOOK_DATE: book.bookDate } : {}),
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
  };
  await runStep([`${ROOT}node_modules/astro/bin/astro.mjs`, 'build'], env, signal);
  await runStep([`${ROOT}node_modules/pagefind/lib/runner/bin.cjs`, '--site', outDir], env, signal);
};

/** `npm run booklet` on the live site; BOOKLET=off or no Chromium leaves the old PDFs, as in `npm run build`. */
export const printBook: BookPrinter = (siteDir, signal, kommuneEnv) =>
  runStep([`${ROOT}tools/booklet/write-booklet.ts`], { ...kommuneEnv, ASTRO_OUT_DIR: siteDir }, signal);
