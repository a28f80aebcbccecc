import { defineCollection } from 'astro:content';
import { articleSchema } from './core/schemas/article.ts';
import { safeArticlesLoader } from './lib/safe-articles-loader.ts';

const articles = defineCollection({
  // ARTICLES_DIR builds another book with the same code: the benchmark's 1 000 articles, or the
  // git articles overlaid with the editors' published revisions.
  loader: safeArticlesLoader(process.env.ARTICLES_DIR ?? './content/articles'),
  schema: articleSchema,
});

export const collections = { articles };
