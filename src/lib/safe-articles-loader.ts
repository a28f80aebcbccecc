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
import { basename, join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkArticle } from '../core/articles/check-article.ts';
import { ownSlugProblems } from '../core/books/own-articles.ts';
import { RESERVED_SLUGS } from '../core/paths.ts';
import { parseFrontmatter } from '../core/frontmatter-fields.ts';
import { contentText } from '../core/text/content.ts';
import { compilesAsChecked } from './astro-frontmatter.ts';

/** A kommune's own articles (src/core/books/own-articles.ts): their folder, read as written, and the retired slugs they may not take. */
export type OwnArticles = { dir: string; retired: ReadonlySet<string> };

const mdxIn = async (dir: string) => (await readdir(dir)).filter((file) => file.endsWith('.mdx')).sort();

/** The own articles' files; an error naming the folder when it is missing, or each file whose slug is taken. */
async function ownArticleFiles(own: OwnArticles, national: ReadonlySet<string>): Promise<string[]> {
  const names = await mdxIn(own.dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`${own.dir}: ${contentText('ownArticle.folderMissing')}`, { cause: error });
    throw error;
  });
  const files = names.map((name) => join(own.dir, name));
  const problems = ownSlugProblems(files, { national, reserved: RESERVED_SLUGS, retired: own.retired });
  if (problems.length > 0)
    throw new Error(`Kommunens egne artikler har adresser som er tatt:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  return files;
}

/**
 * `translations`: for a kommune that writes another målform, the folder of that language's texts
 * (content/articles/nn/<slug>.mdx): each article of `base` is read from there instead, so no reader
 * of a nynorsk book meets a bokmål article. One missing there is left out of the book, with a warning
 * naming it: a national article the editors published new in bokmål reaches a nynorsk kommune once its
 * nynorsk text is published, and holds up nothing meanwhile (git's own texts are kept complete by
 * tests/content/nynorsk-articles-follow-the-bokmal.test.ts).
 * `own`: in the build of one kommune of a book, the kommune's own articles, added to the national ones.
 */
export function safeArticlesLoader(base: string, translations?: string, own?: OwnArticles): Loader {
  async function load({ store, parseData, generateDigest, logger }: LoaderContext): Promise<void> {
    const names = await mdxIn(base);
    // The kommune's own articles are written in its målform already: read from their folder, after the national ones.
    const owned = own ? await ownArticleFiles(own, new Set(names.map((name) => name.slice(0, -'.mdx'.length)))) : [];
    const problems: string[] = [];
    const checked: { id: string; file: string; source: string; data: Record<string, unknown>; body: string }[] = [];
    const files = [
      ...names.map((name) => ({ name, file: join(translations ?? base, name) })),
      ...owned.map((file) => ({ name: basename(file), file })),
    ];
    for (const { name, file } of files) {
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
      const folders = own ? [base, own.dir] : [base];
      for (const folder of folders) context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (path.endsWith('.mdx') && folders.some((folder) => relative(folder, path).split(/[\\/]/).length === 1))
          void load(context).catch(context.logger.error);
      });
    },
  };
}
