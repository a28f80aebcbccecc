/**
 * The articles' content loader. Every file is checked against the safe subset of MDX before any
 * of it reaches Astro; a source that slipped past the API fails the build here, naming the file,
 * line and rule. Besides the core's check, Astro's own frontmatter split must read exactly the text
 * the check read. Articles are data to Astro, never compiled as MDX: their text is drawn from the
 * same tree the check read by src/components/article/article-body.astro, the renderer the
 * councils' review view and the editors' preview use too, so nothing in an article can run when
 * the site is built.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkArticle } from '../core/articles/check-article.ts';
import { parseFrontmatter } from '../core/frontmatter-fields.ts';
import { contentText } from '../core/text/content.ts';
import { compilesAsChecked } from './astro-frontmatter.ts';

/**
 * `translations`: for a kommune that writes another målform, the folder of that language's texts
 * (content/articles/nn/<slug>.mdx): each article of `base` is read from there instead, so no reader
 * of a nynorsk book meets a bokmål article. One missing there is left out of the book, with a warning
 * naming it: a national article the editors published new in bokmål reaches a nynorsk kommune once its
 * nynorsk text is published, and holds up nothing meanwhile (git's own texts are kept complete by
 * tests/content/nynorsk-articles-follow-the-bokmal.test.ts).
 */
export function safeArticlesLoader(base: string, translations?: string): Loader {
  async function load({ store, parseData, generateDigest, logger }: LoaderContext): Promise<void> {
    const files = (await readdir(base)).filter((file) => file.endsWith('.mdx')).sort();
    const problems: string[] = [];
    const checked: { id: string; file: string; source: string; data: Record<string, unknown>; body: string }[] = [];
    for (const name of files) {
      const file = join(translations ?? base, name);
      const source = await readFile(file, 'utf8').catch(() => undefined);
      if (source === undefined) {
        logger.warn(`${file}: ${contentText('translation.missing', { file: join(base, name) })}`);
        continue;
      }
      const result = checkArticle(source);
      for (const problem of result.problems)
        problems.push(`${file}${problem.line ? `:${problem.line}` : ''}: ${problem.message} [${problem.rule}]`);
      if (result.problems.length === 0 && !compilesAsChecked(source))
        problems.push(`${file}:1: ${contentText('frontmatter.differs')} [frontmatter-split]`);
      const read = result.problems.length === 0 ? parseFrontmatter(source) : undefined;
      if (read?.split)
        checked.push({
          id: name.slice(0, -'.mdx'.length),
          file,
          source,
          data: read.data as Record<string, unknown>,
          body: read.split.body,
        });
    }
    if (problems.length > 0)
      throw new Error(`Artikler utenfor det trygge utvalget av MDX:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    store.clear();
    for (const { id, file, source, data, body } of checked) {
      const filePath = relative(process.cwd(), file).split('\\').join('/');
      store.set({ id, data: await parseData({ id, data, filePath }), body, filePath, digest: generateDigest(source) });
    }
  }
  return {
    name: 'safe-articles',
    load: async (context) => {
      await load(context);
      // `astro dev`: an edited article is read and checked again.
      context.watcher?.add(base);
      context.watcher?.on('all', (_event, path) => {
        if (path.endsWith('.mdx') && relative(base, path).split(/[\\/]/).length === 1) void load(context).catch(context.logger.error);
      });
    },
  };
}
