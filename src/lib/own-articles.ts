/**
 * The kommune's own articles in the build of one kommune of a book: the folder its book entry names
 * (`ownArticles`), and whether an article of the collection came from it. Outside a book, or for a
 * kommune without one, there are none.
 */
import { relative, resolve } from 'node:path';
import { bookKommune } from './book-kommuner.ts';

/**
 * The folder of the kommune's own articles: OWN_ARTICLES_DIR (a publication build's: the published
 * own articles laid over the kommune's folder, tools/build/book-folder.ts), else the one its book
 * entry names, or undefined.
 */
export function ownArticlesDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.OWN_ARTICLES_DIR || bookKommune(env)?.ownArticles;
}

/** Whether the article (its collection entry's `filePath`) is one of the kommune's own, shown only on its pages. */
export function isOwnArticle(article: { filePath?: string | undefined }, env: NodeJS.ProcessEnv = process.env): boolean {
  const dir = ownArticlesDir(env);
  if (!dir || !article.filePath) return false;
  const inside = relative(resolve(dir), resolve(article.filePath));
  return inside !== '' && !inside.startsWith('..') && !inside.includes('/');
}
