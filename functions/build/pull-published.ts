/**
 * Run by the publishing build in AWS (CodeBuild, see infra/constructs/site-publisher.ts): writes
 * the book of publication PUBLICATION_ID – the git articles of this checkout overlaid with the
 * live revisions in DynamoDB (TABLE_NAME) and the publication's own – into BOOK_DIR (articles/
 * and redirects.json), for `npm run build` with ARTICLES_DIR and REDIRECTS_FILE. Without
 * PUBLICATION_ID (a build started by hand after a deploy) it builds what is live. It only reads the table.
 *
 * Run: node functions/build/pull-published.ts
 */
import { publishedBook } from '../articles/editor-articles.ts';
import { createDocumentClient } from '../shared/storage/client.ts';
import { createArticleStorage } from '../shared/storage/index.ts';
import { writeBookFolder } from './book-folder.ts';
import { readGitBook } from './write-articles.ts';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} mangler`);
  return value;
};

const articles = createArticleStorage({
  client: createDocumentClient({ region: process.env.AWS_REGION ?? 'eu-north-1' }),
  tableName: required('TABLE_NAME'),
  contactRetentionDays: 180,
});
const publicationId = process.env.PUBLICATION_ID;
const publication = publicationId ? await articles.getPublication(publicationId) : undefined;
if (publicationId && !publication) throw new Error(`Fant ikke publiseringen ${publicationId}`);
const book = await publishedBook({ articles, book: await readGitBook() }, publication?.items ?? []);
const folder = await writeBookFolder(required('BOOK_DIR'), book);
console.info(
  `${Object.keys(book.sources).length} artikler og ${Object.keys(book.redirects).length} videresendinger skrevet til ${folder.articlesDir}`,
);
articles.close();
