/** Writes a book (sources by slug and redirects) as a folder the site build reads: articles/*.mdx and redirects.json. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OverlaidBook } from '../../src/core/articles/overlay-book.ts';

export type BookFolder = { articlesDir: string; redirectsFile: string };

export async function writeBookFolder(dir: string, book: OverlaidBook): Promise<BookFolder> {
  const articlesDir = join(dir, 'articles');
  await rm(dir, { recursive: true, force: true });
  await mkdir(articlesDir, { recursive: true });
  for (const [slug, source] of Object.entries(book.sources)) await writeFile(join(articlesDir, `${slug}.mdx`), source);
  const redirectsFile = join(dir, 'redirects.json');
  await writeFile(redirectsFile, `${JSON.stringify(book.redirects, null, 2)}\n`);
  return { articlesDir, redirectsFile };
}
