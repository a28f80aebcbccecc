/**
 * Writes a book (sources by slug, redirects and the fact files) as a folder the site build reads:
 * articles/*.mdx (the nynorsk texts in articles/nn/), redirects.json, facts/ (FACTS_DIR:
 * municipality.json, county.json, national.json) and, for one kommune of a book, local-parts.json
 * (LOCAL_PARTS_FILE) and its own articles in own-articles/ (OWN_ARTICLES_DIR).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OverlaidBook } from '../../src/core/articles/overlay-book.ts';
import type { FactFiles } from '../../src/core/facts/facts.ts';
import type { LocalParts } from '../../src/core/schemas/local-parts.ts';
import { FACTS_DIR_FILES } from '../../src/core/municipality.ts';

export type BookFolder = {
  articlesDir: string;
  redirectsFile: string;
  factsDir?: string;
  /** One kommune's local parts (LOCAL_PARTS_FILE), when the book is built for one kommune of a book of several. */
  localPartsFile?: string;
  /** One kommune's own articles (OWN_ARTICLES_DIR), when the book is built for one kommune of a book of several. */
  ownArticlesDir?: string;
  /** The day (YYYY-MM-DD) the book is built as of, for its dated values (BOOK_DATE); default today in Norway. */
  bookDate?: string;
};

export async function writeBookFolder(
  dir: string,
  book: OverlaidBook & {
    facts?: FactFiles;
    nynorsk?: Readonly<Record<string, string>>;
    localParts?: LocalParts;
    own?: Readonly<Record<string, string>>;
  },
): Promise<BookFolder> {
  const articlesDir = join(dir, 'articles');
  await rm(dir, { recursive: true, force: true });
  await mkdir(articlesDir, { recursive: true });
  for (const [slug, source] of Object.entries(book.sources)) await writeFile(join(articlesDir, `${slug}.mdx`), source);
  if (book.nynorsk) {
    // Where the build of a nynorsk kommune reads them (src/content.config.ts): beside the bokmål, as in content/articles/.
    await mkdir(join(articlesDir, 'nn'));
    for (const [slug, source] of Object.entries(book.nynorsk)) await writeFile(join(articlesDir, 'nn', `${slug}.mdx`), source);
  }
  const redirectsFile = join(dir, 'redirects.json');
  await writeFile(redirectsFile, `${JSON.stringify(book.redirects, null, 2)}\n`);
  const localPartsFile = book.localParts ? join(dir, 'local-parts.json') : undefined;
  if (localPartsFile) await writeFile(localPartsFile, `${JSON.stringify(book.localParts, null, 2)}\n`);
  const ownArticlesDir = book.own ? join(dir, 'own-articles') : undefined;
  if (ownArticlesDir) {
    await mkdir(ownArticlesDir);
    for (const [slug, source] of Object.entries(book.own!)) await writeFile(join(ownArticlesDir, `${slug}.mdx`), source);
  }
  const written = {
    articlesDir,
    redirectsFile,
    ...(localPartsFile ? { localPartsFile } : {}),
    ...(ownArticlesDir ? { ownArticlesDir } : {}),
  };
  if (!book.facts) return written;
  const factsDir = join(dir, 'facts');
  await mkdir(factsDir, { recursive: true });
  for (const part of ['municipality', 'county', 'national'] as const)
    await writeFile(join(factsDir, FACTS_DIR_FILES[part]), `${JSON.stringify(book.facts[part], null, 2)}\n`);
  return { ...written, factsDir };
}
