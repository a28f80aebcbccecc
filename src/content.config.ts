import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './core/schemas/article.ts';

const articles = defineCollection({
  // ARTICLES_DIR lets the benchmark build a generated book of 1 000 articles with the same code.
  loader: glob({ base: process.env.ARTICLES_DIR ?? './content/articles', pattern: '*.mdx' }),
  schema: articleSchema,
});

export const collections = { articles };
