import { NotFoundError } from '../errors.ts';
import { RESERVED_SLUGS } from '../../../src/core/paths.ts';
import { SLUG_PATTERN } from '../../../src/core/slug.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';

/** The `{slug}` path parameter; NotFoundError for anything that can't be an article's address. */
export function pathSlug(value: string | undefined): string {
  const slug = value ?? '';
  if (!SLUG_PATTERN.test(slug) || slug.length > 80 || (RESERVED_SLUGS as readonly string[]).includes(slug))
    throw new NotFoundError(publishingText('error.articleNotFound'));
  return slug;
}
