import { RESERVED_SLUGS } from './paths.ts';
import { SLUG_PATTERN } from './slug.ts';

export interface CheckedArticle {
  slug: string;
  /** Where the article lives, so every message names the file. */
  file: string;
  related: readonly string[];
  contacts: readonly string[];
}

/**
 * Rules that span articles and the municipality config, which a per-file schema cannot see.
 * Returns one plain message per problem; an empty list means the book holds together.
 */
export function crossReferenceProblems(articles: readonly CheckedArticle[], serviceIds: ReadonlySet<string>): string[] {
  const slugs = new Set(articles.map((article) => article.slug));
  const problems: string[] = [];
  for (const article of articles) {
    if (!SLUG_PATTERN.test(article.slug)) {
      problems.push(`${article.file}: filnavnet må bare ha a–z, 0–9 og bindestrek (æ→ae, ø→o, å→a)`);
    }
    if ((RESERVED_SLUGS as readonly string[]).includes(article.slug)) {
      problems.push(`${article.file}: «${article.slug}» er en reservert adresse på nettstedet`);
    }
    for (const related of article.related) {
      if (related === article.slug) problems.push(`${article.file}: related peker på artikkelen selv`);
      else if (!slugs.has(related)) problems.push(`${article.file}: related «${related}» finnes ikke`);
    }
    for (const contact of article.contacts) {
      if (!serviceIds.has(contact)) problems.push(`${article.file}: contacts «${contact}» finnes ikke i kommunekonfigurasjonen`);
    }
  }
  return problems;
}
