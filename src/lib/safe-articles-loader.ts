/**
 * The articles' content loader: Astro's glob loader, then a check of every file against the safe
 * subset of MDX before any of it is compiled. Editors' text comes from the store as well as from
 * git; a source that slipped past the API fails the build here, naming the file, line and rule,
 * instead of running at build time.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkArticle } from '../core/articles/check-article.ts';

export function safeArticlesLoader(base: string): Loader {
  const inner = glob({ base, pattern: '*.mdx' });
  return {
    name: 'safe-articles',
    load: async (context) => {
      await inner.load(context);
      const problems: string[] = [];
      for (const entry of context.store.values()) {
        const file = entry.filePath ? resolve(entry.filePath) : undefined;
        if (!file) continue;
        const checked = checkArticle(await readFile(file, 'utf8'));
        for (const problem of checked.problems)
          problems.push(`${entry.filePath}${problem.line ? `:${problem.line}` : ''}: ${problem.message} [${problem.rule}]`);
      }
      if (problems.length > 0)
        throw new Error(`Artikler utenfor det trygge utvalget av MDX:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    },
  };
}
