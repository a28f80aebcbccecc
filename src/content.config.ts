import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './core/schemas/article.ts';
import { pageSchema } from './core/schemas/page.ts';

const articles = defineCollection({
  // ARTICLES_DIR lets the benchmark build a generated book of 1 000 articles with the same code.
  loader: glob({ base: process.env.ARTICLES_DIR ?? './content/articles', pattern: '*.mdx' }),
  schema: articleSchema,
});

/** The site's own prose pages (om, personvern, tilgjengelighet), written and kept like articles. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '*.mdx' }),
  schema: pageSchema,
});

export const collections = { articles, pages };
