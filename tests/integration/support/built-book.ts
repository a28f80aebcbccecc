import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A book of several kommuner built into a temporary folder as `BOOK_CONFIG=… npm run build` builds it, without the PDFs. */
export interface BuiltBook {
  /** The book's output: the root page and each kommune under its prefix. */
  dist: string;
  /** The folder the build worked in, with `dist` inside it, for a test's own extra files. */
  work: string;
  remove(): void;
}

export function buildBookWithoutPdfs(bookConfig: string): BuiltBook {
  const work = mkdtempSync(join(tmpdir(), 'abc-book-'));
  const dist = join(work, 'dist');
  execFileSync(process.execPath, ['tools/build/build-book.ts'], {
    env: { ...process.env, BOOK_CONFIG: bookConfig, ASTRO_OUT_DIR: dist, BOOKLET: 'off', ASTRO_CACHE_DIR: join(work, 'cache') },
    stdio: 'inherit',
  });
  return { dist, work, remove: () => rmSync(work, { recursive: true, force: true }) };
}
