/**
 * Run by the publication build in AWS (CodeBuild, see infra/constructs/site-publisher.ts): writes
 * the book of publication build PUBLICATION_BUILD_ID – the git articles of this checkout with the
 * published items in DynamoDB (TABLE_NAME) and the build's own laid over them, by the same overlay
 * the local publisher and `npm run content:pull` use – into BOOK_DIR (articles/, redirects.json
 * and facts/; for one kommune of a book, BOOK_CONFIG and BOOK_KOMMUNE, local-parts.json and own-articles/ too and
 * the kommune's own facts in facts/), for `npm run build` with ARTICLES_DIR, REDIRECTS_FILE and FACTS_DIR (LOCAL_PARTS_FILE, OWN_ARTICLES_DIR). Without an id it
 * writes what is live. It only reads the table, and only the partitions the build's role may read
 * (publicationBuild in functions/routes.ts).
 *
 * Run: node tools/build/pull-published.ts
 */
import { publishedBook, storedContent, type GitContent } from '../../functions/shared/publishing/published-book.ts';
import { createDocumentClient } from '../../functions/shared/storage/client.ts';
import {
  createArticleStorage,
  createFactStorage,
  createLocalPartStorage,
  createOwnArticleStorage,
  type KommuneArticleStorage,
  type ArticleStorage,
  type LocalPartStorage,
  type StorageOptions,
} from '../../functions/shared/storage/index.ts';
import { readFile } from 'node:fs/promises';
import { kommuneOf } from '../../src/core/books/addresses.ts';
import { parseBook } from '../../src/core/books/parse-book.ts';
import type { BookKommune } from '../../src/core/schemas/book.ts';
import { BUILD_VARIABLES } from '../../src/core/publishing/build-variables.ts';
import { localPartsSchema } from '../../src/core/schemas/local-parts.ts';
import { BUILD_ID_VARIABLE } from '../../functions/shared/build-service/codebuild.ts';
import { kommuneFactReader, type FactReader } from '../../functions/shared/publishing/live-facts.ts';
import { writeBookFolder, type BookFolder } from './book-folder.ts';
import { kommuneFactFiles } from './seed-facts.ts';
import { readGitBook } from './write-articles.ts';
import { gitOwnArticles } from './git-own-articles.ts';

/**
 * Writes the book of build `buildId` (or what is live) into `bookDir`; for one kommune of a book
 * (`kommune`) with that kommune's published local parts and own articles laid over its own in git. `git.facts` are
 * the seed fact files the published `facts` are laid over: for one kommune of a book its own (and
 * `facts` its own with the national ones, live-facts.ts kommuneFactReader).
 */
export async function pullPublished(
  articles: ArticleStorage,
  facts: FactReader,
  git: GitContent,
  buildId: string | undefined,
  bookDir: string,
  kommune?: { id: string; storage: LocalPartStorage; own: KommuneArticleStorage },
): Promise<BookFolder & { articles: number; redirects: number }> {
  const build = buildId ? await articles.getBuild(buildId) : undefined;
  if (buildId && !build) throw new Error(`Fant ikke publiseringsbyggingen ${buildId}`);
  const book = await publishedBook(
    git,
    storedContent(articles, facts, kommune ? { kommune: kommune.id, storage: kommune.storage, own: kommune.own } : undefined),
    build,
  );
  const folder = await writeBookFolder(bookDir, book);
  return { ...folder, articles: Object.keys(book.sources).length, redirects: Object.keys(book.redirects).length };
}

/**
 * What the build of one kommune of a book (`entry`) reads besides the articles: its own seed fact
 * files (its municipality config from the book's entry, its county's file, the national figures)
 * and local parts file and own articles in git, its published facts with the book's national
 * figures, and its published local parts and own articles.
 */
export async function kommunePull(
  options: StorageOptions,
  git: GitContent,
  entry: BookKommune,
): Promise<{ facts: FactReader; git: GitContent; kommune: { id: string; storage: LocalPartStorage; own: KommuneArticleStorage } }> {
  return {
    facts: kommuneFactReader(createFactStorage({ ...options, kommune: entry.id }), createFactStorage(options)),
    git: {
      ...git,
      facts: kommuneFactFiles(entry.config),
      localParts: entry.localParts ? localPartsSchema.parse(JSON.parse(await readFile(entry.localParts, 'utf8'))) : {},
      own: await gitOwnArticles(entry.ownArticles),
    },
    kommune: { id: entry.id, storage: createLocalPartStorage(options), own: createOwnArticleStorage(options).of(entry.id) },
  };
}

if (import.meta.main) {
  const required = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} mangler`);
    return value;
  };
  const options = {
    client: createDocumentClient({ region: process.env.AWS_REGION ?? 'eu-north-1' }),
    tableName: required('TABLE_NAME'),
    contactRetentionDays: 180,
  };
  // One kommune of a book (the fan-out's build): its fact files and local parts in git, from the
  // book's entry, its own published facts and local parts, and the statements of its own councils
  // (its review rounds) on the book's articles.
  const kommune = process.env[BUILD_VARIABLES.kommune];
  const bookFile = process.env.BOOK_CONFIG;
  const entry = kommune && bookFile ? kommuneOf(parseBook(await readFile(bookFile, 'utf8'), bookFile), kommune) : undefined;
  const articles = createArticleStorage({ ...options, kommune: entry?.id });
  const git = await readGitBook();
  const pull = entry ? await kommunePull(options, git, entry) : { facts: createFactStorage(options), git, kommune: undefined };
  const pulled = await pullPublished(articles, pull.facts, pull.git, process.env[BUILD_ID_VARIABLE], required('BOOK_DIR'), pull.kommune);
  console.info(`${pulled.articles} artikler og ${pulled.redirects} videresendinger skrevet til ${pulled.articlesDir}`);
  articles.close();
}
