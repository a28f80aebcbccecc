/**
 * Frontmatter of one article in `content/articles/<slug>.mdx`: the object of the fields declared
 * in the article model (src/core/articles/model.ts), with `nextReview` defaulting to `reviewed`
 * + 12 months. Astro's content collection, the checker, the linter and the editors' API all read
 * articles through it.
 */
import type { z } from 'zod';
import { ARTICLE_MODEL, articleSchemaOf } from '../articles/model.ts';

export const articleSchema = articleSchemaOf(ARTICLE_MODEL);

export type ArticleData = z.output<typeof articleSchema>;
