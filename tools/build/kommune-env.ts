/**
 * For the publication build of one kommune of a book in AWS (the fan-out's CodeBuild build,
 * infra/constructs/site-publisher.ts): prints, as shell `export` lines for `eval`, what tells the
 * build which kommune it builds (kommuneEnv: MUNICIPALITY_CONFIG, SITE_BASE, …) and SITE_FOLDER,
 * the kommune's folder in the site bucket (src/core/books/site-folders.ts: its prefix, or
 * `_hosts/<host>` for a kommune on a host of its own). Reads BOOK_CONFIG and BOOK_KOMMUNE.
 *
 * Run: eval "$(node tools/build/kommune-env.ts)"
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { kommuneOf, kommuneSite } from '../../src/core/books/addresses.ts';
import { parseBook } from '../../src/core/books/parse-book.ts';
import { siteFolder } from '../../src/core/books/site-folders.ts';
import { kommuneEnv } from './book-layout.ts';

/** The shell lines for the kommune `id` of the book in `bookFile`. */
export function kommuneExports(bookFile: string, id: string): string {
  const book = parseBook(readFileSync(resolve(bookFile), 'utf8'), bookFile);
  const kommune = kommuneOf(book, id);
  const env = {
    ...kommuneEnv(bookFile, { id, config: kommune.config, base: kommuneSite(book, kommune).base }),
    SITE_FOLDER: siteFolder(kommune),
  };
  // Every value is a path, an id or a prefix (src/core/schemas/book.ts): nothing a shell would read otherwise.
  return Object.entries(env)
    .map(([name, value]) => `export ${name}='${value}'`)
    .join('\n');
}

if (import.meta.main) {
  const { BOOK_CONFIG, BOOK_KOMMUNE } = process.env;
  if (!BOOK_CONFIG || !BOOK_KOMMUNE) throw new Error('BOOK_CONFIG og BOOK_KOMMUNE må være satt');
  console.log(kommuneExports(BOOK_CONFIG, BOOK_KOMMUNE));
}
