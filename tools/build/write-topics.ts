/**
 * Writes functions/generated/topics.json: the slugs of content/articles/*.mdx, which are the
 * valid `topic` values of a suggestion. The Lambda can't read content/ at run time, so the list
 * is a checked-in file that esbuild bundles like any import; `npm start`, `npm run dev` and
 * `npm run topics` regenerate it, and tests/content proves it matches the articles.
 * It stays apart from articles.json so the public functions don't bundle every frontmatter.
 *
 * Run: node tools/build/write-topics.ts
 */
import { fileURLToPath } from 'node:url';
import { ARTICLES_DIR, articleSlugs, writeJsonIfChanged } from './generated-files.ts';

export const TOPICS_FILE = fileURLToPath(new URL('../../functions/generated/topics.json', import.meta.url));

export async function writeTopics(articlesDir = ARTICLES_DIR, file = TOPICS_FILE): Promise<string[]> {
  const slugs = await articleSlugs(articlesDir);
  await writeJsonIfChanged(file, slugs);
  return slugs;
}

if (import.meta.main) {
  const slugs = await writeTopics();
  console.info(`functions/generated/topics.json: ${slugs.length} temaer`);
}
