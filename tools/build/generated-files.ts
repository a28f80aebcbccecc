/**
 * What the build scripts share: the article files they read and how they write
 * functions/generated/*.json (stable JSON, rewritten only on change so watchers stay quiet).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTICLES_DIR = fileURLToPath(new URL('../../content/articles/', import.meta.url));

/** Slugs of the articles in `dir`, sorted; none when the folder doesn't exist yet. */
export async function articleSlugs(dir = ARTICLES_DIR): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}

export const formatJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export async function writeJsonIfChanged(file: string, value: unknown): Promise<void> {
  const next = formatJson(value);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === next) return;
  // functions/generated/ is not committed, so a fresh clone has no folder yet.
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, next);
}
