/**
 * The built sites the functions that read site files or draw pages carry in their bundles: the
 * site's, at the top of the bundle, or in a book of several kommuner each kommune's own (its pages'
 * files and its renderer, built with its name and address) in a folder named after the kommune,
 * where functions/shared/built-site.ts looks for the request's kommune.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBook } from '../src/core/books/parse-book.ts';
import { bundleKommuneDir, serverDirFor } from '../src/core/rendered-pages.ts';
import { bookLayout } from '../src/core/books/book-layout.ts';
import type { BuiltSiteCopy } from './constructs/app-function.ts';

export function builtSitesOf(siteDistDir: string, bookFile?: string): BuiltSiteCopy[] {
  if (!bookFile) return [{ into: '', distDir: siteDistDir, serverDir: serverDirFor(siteDistDir) }];
  const book = parseBook(readFileSync(resolve(bookFile), 'utf8'), bookFile);
  return bookLayout(book, siteDistDir).kommuner.map((kommune) => ({
    into: bundleKommuneDir(kommune.id),
    distDir: kommune.outDir,
    serverDir: kommune.serverDir,
  }));
}
