/**
 * Builds the site from a book folder into `outDir` with the project's own Astro, the printed book
 * and Pagefind, as `npm run build` does, in child processes on the same Node. Rejects with the end
 * of the build's output when it fails.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BookFolder } from '../build/book-folder.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(output.trim() || `exit ${code}`))));
  });
}

export type SiteBuilder = (book: BookFolder, outDir: string, cacheDir: string) => Promise<void>;

/** `booklet: false` leaves the PDFs out (tests that only look at pages); otherwise BOOKLET decides as in `npm run build`. */
export function siteBuilder({ booklet = true }: { booklet?: boolean } = {}): SiteBuilder {
  return async (book, outDir, cacheDir) => {
    const env = { ARTICLES_DIR: book.articlesDir, REDIRECTS_FILE: book.redirectsFile, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir };
    await run([`${ROOT}node_modules/astro/bin/astro.mjs`, 'build'], env);
    if (booklet) await run([`${ROOT}functions/build/booklet/write-booklet.ts`], env);
    await run([`${ROOT}node_modules/pagefind/lib/runner/bin.cjs`, '--site', outDir], env);
  };
}

export const buildSite = siteBuilder();
