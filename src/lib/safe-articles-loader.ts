/**
 * The articles' content loader: Astro's glob loader, then a check of every file against the safe
 * subset of MDX before any of it is compiled. Editors' text comes from the store as well as from
 * git; a source that slipped past the API fails the build here, naming the file, line and rule,
 * instead of running at build time. Besides the core's check, Astro's own frontmatter split must
 * give the compiler exactly the text the check read. The files are checked before the glob loader
 * reads them, so nothing of a refused file reaches Astro's parsers either.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkArticle } from '../core/articles/check-article.ts';
import { contentText } from '../core/text/content.ts';
import { compilesAsChecked } from './astro-frontmatter.ts';

export function safeArticlesLoader(base: string): Loader {
  const inner = glob({ base, pattern: '*.mdx' });
  return {
    name: 'safe-articles',
    load: async (context) => {
      // Every file is checked before Astro reads any of it (its frontmatter parser and the schema included).
      const problems: string[] = [];
      for (const name of (await readdir(base)).filter((file) => file.endsWith('.mdx')).sort()) {
        const file = join(base, name);
        const source = await readFile(file, 'utf8');
        const checked = checkArticle(source);
        for (const problem of checked.problems)
          problems.push(`${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message} [${problem.rule}]`);
        if (checked.problems.length === 0 && !compilesAsChecked(source))
          problems.push(`${file}:1: ${contentText('frontmatter.differs')} [frontmatter-split]`);
      }
      if (problems.length > 0)
        throw new Error(`Artikler utenfor det trygge utvalget av MDX:\n${problems.map((line) => `  ${line}`).join('\n')}`);
      await inner.load(context);
    },
  };
}
