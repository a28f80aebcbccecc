/** The body and path of PUT /api/moderation/own-articles/{slug}, validated. No AWS here. */
import * as z from 'zod/mini';
import '../shared/zod-norwegian-fallback.ts';
import { BadRequestError, NotFoundError } from '../shared/errors.ts';
import { SLUG_PATTERN } from '../../src/core/slug.ts';
import { parseWith } from '../shared/parse.ts';
import { saveArticleSchema } from './article-request.ts';
import { publishingText } from '../../src/core/text/publishing.ts';

/** An own article's revision: its whole MDX file, the version it started from (0: a new article) and a note. */
export const ownArticleSchema = z.object({
  source: saveArticleSchema.shape.source,
  version: saveArticleSchema.shape.version,
  note: saveArticleSchema.shape.note,
});

export type OwnArticleRequest = z.infer<typeof ownArticleSchema>;

function objectBody(input: unknown, message: string): object {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new BadRequestError('invalid-body', message);
  return input;
}

export function parseOwnArticle(input: unknown): OwnArticleRequest {
  return parseWith(ownArticleSchema, objectBody(input, publishingText('article.invalidBody')));
}

/**
 * The `{slug}` path parameter of an own article; NotFoundError for anything that can't be an
 * address. A page of the site's address passes here: saving a new article there gets the field
 * error of the rule the build follows (own-articles.ts), not «not found».
 */
export function ownArticleSlug(value: string | undefined): string {
  const slug = value ?? '';
  if (!SLUG_PATTERN.test(slug) || slug.length > 80) throw new NotFoundError(publishingText('error.articleNotFound'));
  return slug;
}
