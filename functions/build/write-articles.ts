/**
 * Writes functions/generated/articles.json: the frontmatter of every content/articles/*.mdx by
 * slug. "Lag utkast" fills a correction's draft from the article's frontmatter, and the Lambda
 * can't read content/ at run time, so like topics.json it is a checked-in file that esbuild
 * bundles; it is regenerated together with topics.json, and tests/content proves it is current.
 *
 * Run: node functions/build/write-articles.ts
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ARTICLES_DIR } from './write-topics.ts';

export const ARTICLES_FILE = fileURLToPath(new URL('../generated/articles.json', import.meta.url));

export type ArticleFrontmatter = Record<string, unknown>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The YAML between the leading `---` lines, parsed with the YAML 1.2 core schema (dates stay strings). */
export function parseFrontmatter(source: string): ArticleFrontmatter {
  const match = FRONTMATTER.exec(source);
  const data: unknown = match ? parse(match[1]!) : {};
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as ArticleFrontmatter) : {};
}

export async function readArticles(articlesDir = ARTICLES_DIR): Promise<Record<string, ArticleFrontmatter>> {
  const names = await readdir(articlesDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const articles: Record<string, ArticleFrontmatter> = {};
  for (const name of names.filter((candidate) => candidate.endsWith('.mdx')).sort()) {
    try {
      articles[name.slice(0, -'.mdx'.length)] = parseFrontmatter(await readFile(`${articlesDir}/${name}`, 'utf8'));
    } catch (error) {
      throw new Error(`Ugyldig frontmatter i ${name}: ${(error as Error).message}`, { cause: error });
    }
  }
  return articles;
}

export function formatArticles(articles: Record<string, ArticleFrontmatter>): string {
  return `${JSON.stringify(articles, null, 2)}\n`;
}

/** Rewrites the file only when something changed, so watchers don't rebuild for nothing. */
export async function writeArticles(articlesDir = ARTICLES_DIR, file = ARTICLES_FILE): Promise<Record<string, ArticleFrontmatter>> {
  const articles = await readArticles(articlesDir);
  const next = formatArticles(articles);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current !== next) await writeFile(file, next);
  return articles;
}

if (import.meta.main) {
  const articles = await writeArticles();
  console.info(`functions/generated/articles.json: ${Object.keys(articles).length} artikler`);
}
