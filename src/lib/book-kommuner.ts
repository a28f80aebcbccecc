/**
 * The book this kommune's pages are built in, when the build is one kommune of a book
 * (tools/build/build-book.ts sets BOOK_CONFIG and BOOK_KOMMUNE): its address and the other
 * kommuner its pages link to. Without a book there are none, and the pages are built as for a
 * kommune on its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { kommuneHref, kommuneOf, kommuneSite, withSharedServices, type KommuneSite } from '../core/books/addresses.ts';
import type { Municipality } from '../core/schemas/municipality.ts';
import { bookConfigFile, parseBook } from '../core/books/parse-book.ts';
import { parseMunicipality } from '../core/municipality.ts';
import type { Book, BookKommune } from '../core/schemas/book.ts';

type InBook = { book: Book; id: string };

function inBook(env: NodeJS.ProcessEnv = process.env): InBook | undefined {
  const file = bookConfigFile(env);
  const id = env.BOOK_KOMMUNE;
  if (!file || !id) return undefined;
  return { book: parseBook(readFileSync(resolve(file), 'utf8'), file), id };
}

/** The book's entry for the kommune being built, or undefined for a kommune on its own. */
export function bookKommune(env: NodeJS.ProcessEnv = process.env): BookKommune | undefined {
  const found = inBook(env);
  return found && kommuneOf(found.book, found.id);
}

/** The base and the site address of the kommune being built, or undefined for a kommune on its own. */
export function bookSite(env: NodeJS.ProcessEnv = process.env): KommuneSite | undefined {
  const found = inBook(env);
  return found && kommuneSite(found.book, kommuneOf(found.book, found.id));
}

export type OtherKommune = { name: string; href: string };

let others: OtherKommune[] | undefined;

/** The other kommuner of the book, with their names from their own configs, in the book's order; empty outside a book. */
export function otherKommuner(): OtherKommune[] {
  others ??= (() => {
    const found = inBook();
    if (!found) return [];
    return found.book.kommuner
      .filter((kommune) => kommune.id !== found.id)
      .map((kommune) => ({
        name: parseMunicipality(readFileSync(resolve(kommune.config), 'utf8'), kommune.config).name,
        href: kommuneHref(kommune),
      }));
  })();
  return others;
}

/** The kommune as its pages show it in a book: read at the book's address, with the services it shares with others. */
export function asInBook(own: Municipality, env: NodeJS.ProcessEnv = process.env): Municipality {
  const found = inBook(env);
  if (!found) return own;
  const kommune = kommuneOf(found.book, found.id);
  return { ...withSharedServices(own, found.book, kommune), siteUrl: kommuneSite(found.book, kommune).siteUrl };
}

/**
 * Every kommune of the book (this one too) by id and name, in the book's order, as the editors'
 * page lays out a national review round per kommune (src/scripts/editors/book-kommuner.ts); empty
 * outside a book.
 */
export function bookKommuneNames(env: NodeJS.ProcessEnv = process.env): { id: string; name: string }[] {
  const found = inBook(env);
  if (!found) return [];
  return found.book.kommuner.map((kommune) => ({
    id: kommune.id,
    name: parseMunicipality(readFileSync(resolve(kommune.config), 'utf8'), kommune.config).name,
  }));
}
