/**
 * Writes functions/generated/topics.json: the slugs of content/articles/*.mdx, which are the
 * valid `topic` values of a suggestion. The Lambda can't read content/ at run time, so the list
 * is a checked-in file that esbuild bundles like any import; `npm start`, `npm run dev` and
 * `npm run topics` regenerate it, and tests/content proves it matches the articles.
 *
 * Run: node functions/build/write-topics.ts
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const ARTICLES_DIR = fileURLToPath(new URL('../../content/articles/', import.meta.url));
export const TOPICS_FILE = fileURLToPath(new URL('../generated/topics.json', import.meta.url));

export async function readTopicSlugs(articlesDir = ARTICLES_DIR): Promise<string[]> {
  const names = await readdir(articlesDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}

export function formatTopics(slugs: readonly string[]): string {
  return `${JSON.stringify(slugs, null, 2)}\n`;
}

/** Rewrites the file only when the list changed, so watchers don't rebuild for nothing. */
export async function writeTopics(articlesDir = ARTICLES_DIR, file = TOPICS_FILE): Promise<string[]> {
  const slugs = await readTopicSlugs(articlesDir);
  const next = formatTopics(slugs);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current !== next) await writeFile(file, next);
  return slugs;
}

if (import.meta.main) {
  const slugs = await writeTopics();
  console.info(`functions/generated/topics.json: ${slugs.length} temaer`);
}
