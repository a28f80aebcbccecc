/**
 * The book's root page in AWS, written by the last step of a publication that rebuilds the whole
 * book (infra/constructs/book-root-publisher.ts): the same choice of kommune, 404 and robots.txt as
 * `npm run build` writes (tools/build/book-root.ts), wearing the stylesheet and icon of the book's
 * first kommune as its build just served them. Those files are copied to the bucket's root, since
 * the kommune's next build deletes the old ones from its folder. Reads BOOK_CONFIG.
 *
 * Run: node tools/build/book-root-upload.ts front-page               → the bucket key of that kommune's front page
 *      node tools/build/book-root-upload.ts write <front.html> <dir> → <dir>/site/ (the pages), <dir>/copies.txt
 *                                                                     («from to» per line), <dir>/invalidate.txt
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kommuneSite } from '../../src/core/books/addresses.ts';
import { bookConfigFile, parseBook } from '../../src/core/books/parse-book.ts';
import { BOOK_ROOT_KEYS, rootStyleKommune, siteFolder } from '../../src/core/books/site-folders.ts';
import type { Book } from '../../src/core/schemas/book.ts';
import { rootKommuner, writeBookRoot } from './book-root.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the front page of the kommune that lends the root page its look is in the bucket. */
export function frontPageKey(book: Book): string {
  return `${siteFolder(rootStyleKommune(book))}/index.html`;
}

const allowedAtRoot = (key: string) =>
  BOOK_ROOT_KEYS.assets.some((pattern) => (pattern.endsWith('/*') ? key.startsWith(pattern.slice(0, -1)) : key === pattern));

/**
 * The front page's stylesheet and icon links pointed at copies at the bucket's root, and the
 * copies to make (bucket keys). Refuses a link the root step may not copy (BOOK_ROOT_KEYS).
 */
export function rootAssets(book: Book, frontPage: string): { links: string[]; copies: { from: string; to: string }[] } {
  const kommune = rootStyleKommune(book);
  const { base } = kommuneSite(book, kommune);
  const links: string[] = [];
  const copies: { from: string; to: string }[] = [];
  for (const [link, href] of frontPage.matchAll(/<link rel="(?:stylesheet|icon)"[^>]*\bhref="([^"]+)"[^>]*>/g)) {
    const key = href!.startsWith(base) ? href!.slice(base.length) : undefined;
    if (!key || !allowedAtRoot(key))
      throw new Error(
        `Forsida til ${kommune.id} lenker til ${href}, som rotsida ikke kan kopiere (bare ${BOOK_ROOT_KEYS.assets.join(', ')})`,
      );
    links.push(link.replace(`href="${href}"`, `href="/${key}"`));
    copies.push({ from: `${siteFolder(kommune)}/${key}`, to: key });
  }
  return { links, copies };
}

/** Writes the root pages into `<dir>/site/`, the copies to make into `<dir>/copies.txt` and the paths to invalidate into `<dir>/invalidate.txt`. */
export async function writeRootUpload(book: Book, frontPage: string, dir: string): Promise<void> {
  const { links, copies } = rootAssets(book, frontPage);
  const site = join(dir, 'site');
  await mkdir(site, { recursive: true });
  const prefixes = book.kommuner.flatMap((kommune) => ('prefix' in kommune.address ? [kommune.address.prefix] : []));
  await writeBookRoot(site, book.siteUrl, await rootKommuner(book, ROOT), prefixes, links);
  await writeFile(join(dir, 'copies.txt'), copies.map(({ from, to }) => `${from} ${to}\n`).join(''));
  // The root's address as readers ask for it, and every key as the cache holds it (the directory index function's URI).
  const paths = ['/', ...[...BOOK_ROOT_KEYS.pages, ...copies.map(({ to }) => to)].map((key) => `/${key}`)];
  await writeFile(join(dir, 'invalidate.txt'), `${paths.join(' ')}\n`);
}

if (import.meta.main) {
  const file = bookConfigFile(process.env);
  if (!file) throw new Error('BOOK_CONFIG mangler');
  const book = parseBook(await readFile(resolve(ROOT, file), 'utf8'), file);
  const [command, frontPage, dir] = process.argv.slice(2);
  if (command === 'front-page') console.log(frontPageKey(book));
  else if (command === 'write' && frontPage && dir) await writeRootUpload(book, await readFile(frontPage, 'utf8'), dir);
  else throw new Error('Bruk: book-root-upload.ts front-page | write <forside.html> <mappe>');
}
