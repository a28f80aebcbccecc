/**
 * `BOOK_CONFIG=content/books/<id>.json npm run build`: builds every kommune of a book, each as
 * `npm run build` builds a kommune on its own (Astro, the PDFs, Pagefind) but under its own address
 * (tools/build/book-layout.ts), then the book's root pages. Kommuner are built one after the other,
 * each from its own municipality config, so a kommune's pages, search index, sitemap and PDFs hold
 * only its own facts.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kommuneHref } from '../../src/core/books/addresses.ts';
import { bookConfigFile, parseBook } from '../../src/core/books/parse-book.ts';
import { parseMunicipality } from '../../src/core/municipality.ts';
import type { Book } from '../../src/core/schemas/book.ts';
import { bookLayout, kommuneEnv, type KommuneBuild } from './book-layout.ts';
import { pageAssets, writeBookRoot } from './book-root.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(command: string, args: string[], env: Record<string, string>): void {
  // A BASE_URL in the environment (Vitest sets one) would win over Astro's `base` in import.meta.env.
  const inherited = { ...process.env };
  delete inherited.BASE_URL;
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...inherited, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} stoppet med kode ${result.status ?? result.signal}`);
}

/** Astro, the printed editions and the search index of one kommune, as `npm run build:kommune` makes them for a kommune on its own. */
function buildKommune(bookFile: string, kommune: KommuneBuild): void {
  const env = { ...kommuneEnv(bookFile, kommune), ASTRO_OUT_DIR: kommune.outDir, ASTRO_SERVER_DIR: kommune.serverDir };
  run(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'build'], env);
  run(process.execPath, [`${ROOT}tools/booklet/write-booklet.ts`], env);
  run(process.execPath, [`${ROOT}node_modules/pagefind/lib/runner/bin.cjs`, '--site', kommune.outDir], env);
}

const kommuneName = async (config: string) => parseMunicipality(await readFile(resolve(ROOT, config), 'utf8'), config).name;

export async function buildBook(bookFile: string, book: Book, distDir: string): Promise<KommuneBuild[]> {
  const layout = bookLayout(book, distDir);
  await rm(distDir, { recursive: true, force: true });
  await rm(layout.serverDir, { recursive: true, force: true });
  for (const dir of layout.hostDirs) await rm(dir, { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });
  for (const kommune of layout.kommuner) {
    console.info(`\nBoka ${bookFile}: bygger ${kommune.id} (${kommune.base === '/' ? kommune.outDir : kommune.base}) …`);
    buildKommune(bookFile, kommune);
  }
  const names = await Promise.all(book.kommuner.map((kommune) => kommuneName(kommune.config)));
  const kommuner = book.kommuner.map((kommune, index) => ({ name: names[index]!, href: kommuneHref(kommune) }));
  const first = layout.kommuner[0]!;
  await writeBookRoot(
    distDir,
    book.siteUrl,
    kommuner,
    layout.kommuner.filter((kommune) => kommune.base !== '/').map((kommune) => kommune.base),
    await pageAssets(join(first.outDir, 'index.html')),
  );
  return layout.kommuner;
}

/** Builds the book BOOK_CONFIG names into ASTRO_OUT_DIR (default dist/). */
export async function buildBookFromEnv(): Promise<void> {
  const file = bookConfigFile(process.env);
  if (!file) throw new Error('BOOK_CONFIG mangler: stien til bokas konfigurasjon, for eksempel content/books/levanger-verdal.json');
  const book = parseBook(await readFile(resolve(ROOT, file), 'utf8'), file);
  const started = performance.now();
  await buildBook(file, book, resolve(ROOT, process.env.ASTRO_OUT_DIR ?? 'dist'));
  console.info(`\nBoka ${file}: ${book.kommuner.length} kommuner bygget på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.main) await buildBookFromEnv();
