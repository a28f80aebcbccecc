/**
 * A kommune's own articles in git (the folder `ownArticles` in its book entry names), by slug, for
 * a publication build to lay the published ones over; none when its entry names no folder.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { articleSlugOf } from '../../src/core/books/own-articles.ts';

export async function gitOwnArticles(dir: string | undefined): Promise<Record<string, string>> {
  if (!dir) return {};
  const files = (await readdir(resolve(dir))).filter((name) => name.endsWith('.mdx'));
  return Object.fromEntries(
    await Promise.all(files.map(async (name) => [articleSlugOf(name), await readFile(join(resolve(dir), name), 'utf8')])),
  );
}
