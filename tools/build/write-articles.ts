/**
 * Writes functions/generated/articles.json: the frontmatter of every content/articles/*.mdx by
 * slug. "Lag utkast" fills a correction's draft from the article's frontmatter, and the Lambda
 * can't read content/ at run time, so like topics.json it is a checked-in file that esbuild
 * bundles; it is regenerated together with topics.json, and tests/content proves it is current.
 *
 * Run: node tools/build/write-articles.ts
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frontmatterFields, parseFrontmatter } from '../../src/core/frontmatter-fields.ts';
import { localFactsOf, municipalityOf, nationalFiguresOf, readFactFiles } from '../../src/core/municipality.ts';
import type { FactFiles } from '../../src/core/facts/facts.ts';
import { ARTICLES_DIR, articleSlugs, writeJsonIfChanged } from './generated-files.ts';
import { FACTS_FILE, readSeedFacts } from './seed-facts.ts';

export const ARTICLES_FILE = fileURLToPath(new URL('../../functions/generated/articles.json', import.meta.url));
/**
 * The git book as the editors' article functions see it: every source, and the municipality's
 * service ids and local facts for the content rules (only those functions bundle it).
 */
export const BOOK_FILE = fileURLToPath(new URL('../../functions/generated/book.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type GitBook = {
  sources: Record<string, string>;
  /** The nynorsk texts (content/articles/nn/), which the editors of a nynorsk kommune edit. */
  nynorsk: Record<string, string>;
  redirects: Record<string, string>;
  serviceIds: string[];
  figureIds: string[];
  localFacts: string[];
  /** The seed files of the kommune's facts, as the publication's overlay lays published facts over them. */
  facts: FactFiles;
};

/** Articles retired in git, kept by `npm run content:pull`. */
export const REDIRECTS_FILE = resolve(ROOT, 'content', 'redirects.json');

export async function readGitBook(
  articlesDir = ARTICLES_DIR,
  env: Record<string, string | undefined> = process.env,
  redirectsFile = REDIRECTS_FILE,
): Promise<GitBook> {
  const { files, paths } = readFactFiles((path) => readFileSync(resolve(ROOT, path), 'utf8'), env);
  const config = municipalityOf(files, paths);
  const sources: Record<string, string> = {};
  for (const slug of await articleSlugs(articlesDir)) sources[slug] = await readFile(`${articlesDir}/${slug}.mdx`, 'utf8');
  const nynorsk: Record<string, string> = {};
  const nynorskDir = join(articlesDir, 'nn');
  for (const slug of await articleSlugs(nynorskDir)) nynorsk[slug] = await readFile(join(nynorskDir, `${slug}.mdx`), 'utf8');
  const redirects = JSON.parse(await readFile(redirectsFile, 'utf8').catch(() => '{}')) as Record<string, string>;
  return {
    sources,
    nynorsk,
    redirects,
    serviceIds: Object.keys(config.services).sort(),
    figureIds: Object.keys(nationalFiguresOf(files, paths).figures).sort(),
    localFacts: localFactsOf(config),
    facts: files,
  };
}

export type ArticleFrontmatter = Record<string, unknown>;

/** Every article's frontmatter fields by slug; throws naming the file when one's YAML can't be read. */
export async function readArticles(articlesDir = ARTICLES_DIR): Promise<Record<string, ArticleFrontmatter>> {
  const articles: Record<string, ArticleFrontmatter> = {};
  for (const slug of await articleSlugs(articlesDir)) {
    const source = await readFile(`${articlesDir}/${slug}.mdx`, 'utf8');
    const { problem } = parseFrontmatter(source);
    if (problem?.reason === 'unreadable') throw new Error(`Ugyldig frontmatter i ${slug}.mdx, linje ${problem.line ?? 1}`);
    articles[slug] = frontmatterFields(source);
  }
  return articles;
}

export async function writeArticles(
  articlesDir = ARTICLES_DIR,
  file = ARTICLES_FILE,
  bookFile = BOOK_FILE,
): Promise<Record<string, ArticleFrontmatter>> {
  const articles = await readArticles(articlesDir);
  await writeJsonIfChanged(file, articles);
  await writeJsonIfChanged(bookFile, await readGitBook(articlesDir));
  await writeJsonIfChanged(FACTS_FILE, readSeedFacts());
  return articles;
}

if (import.meta.main) {
  const articles = await writeArticles();
  console.info(`functions/generated/articles.json: ${Object.keys(articles).length} artikler`);
}
