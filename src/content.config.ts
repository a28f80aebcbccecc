import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './core/schemas/article.ts';
import { pageSchema } from './core/schemas/page.ts';
import { safeArticlesLoader } from './lib/safe-articles-loader.ts';
import { activeLanguage } from './core/text/language.ts';
import { ownArticlesDir } from './lib/own-articles.ts';
import { retiredSlugs } from './lib/retired-articles.ts';

// A kommune that writes nynorsk reads every article, and the site's own pages, in nynorsk.
const language = activeLanguage();
const translated = (dir: string) => (language === 'nb' ? undefined : `${dir}/${language}`);

const ownArticles = () => {
  const dir = ownArticlesDir();
  return dir ? { dir, retired: retiredSlugs() } : undefined;
};

const articles = defineCollection({
  // ARTICLES_DIR builds another book with the same code: the benchmark's 1 000 articles, or the
  // git articles overlaid with the editors' published revisions. The translations are in the same
  // folder's <language>/ (content/articles/nn/, or the published nynorsk texts beside the bokmål).
  // In a book, the kommune being built adds its own articles (ownArticles in its entry), which no other kommune's build reads.
  loader: safeArticlesLoader(
    process.env.ARTICLES_DIR ?? './content/articles',
    translated(process.env.ARTICLES_DIR ?? './content/articles'),
    ownArticles(),
  ),
  schema: articleSchema,
});

/** The site's own prose pages (om, personvern, tilgjengelighet), written and kept like articles. */
const pages = defineCollection({
  loader: glob({ base: translated('./content/pages') ?? './content/pages', pattern: '*.mdx' }),
  schema: pageSchema,
});

export const collections = { articles, pages };
