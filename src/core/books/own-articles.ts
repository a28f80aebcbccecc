/**
 * A kommune's own articles (`ownArticles` in its book entry): MDX files named by slug, like the
 * national ones, that only that kommune's pages show. An own article's slug is its address under the
 * kommune's base, so it may not be a national article's slug (one would hide the other), a page of
 * the site (src/core/paths.ts RESERVED_SLUGS), a retired article's address (its redirect would win)
 * or another own article's.
 */
import { contentText } from '../text/content.ts';

/** The articles' slugs and site paths an own article may not take. */
export type TakenSlugs = {
  national: ReadonlySet<string>;
  reserved: readonly string[];
  /** Slugs of retired articles, which lead elsewhere. */
  retired: ReadonlySet<string>;
};

/** An article's slug from its file's name, `…/<slug>.mdx`. */
export const articleSlugOf = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');

/** What already has an own article's slug, if anything: the one rule the build, the lint and the editors' routes follow. */
export type SlugTaken = 'national' | 'reserved' | 'retired' | 'own';

/** What already has `slug`, checked in this order; `own` holds the slugs of the kommune's other own articles. */
export function ownSlugTaken(slug: string, taken: TakenSlugs, own: ReadonlySet<string>): SlugTaken | undefined {
  if (taken.national.has(slug)) return 'national';
  if (taken.reserved.includes(slug)) return 'reserved';
  if (taken.retired.has(slug)) return 'retired';
  if (own.has(slug)) return 'own';
  return undefined;
}

const MESSAGE_KEY = {
  national: 'ownArticle.nationalSlug',
  reserved: 'ownArticle.reservedSlug',
  retired: 'ownArticle.retiredSlug',
  own: 'ownArticle.ownSlug',
} as const;

/** One line per own article whose slug is taken, naming its file and what has the slug already; empty when all are free. */
export function ownSlugProblems(files: readonly string[], taken: TakenSlugs): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const slug = articleSlugOf(file);
    const first = seen.get(slug);
    const what = ownSlugTaken(slug, taken, new Set(seen.keys()));
    if (what) problems.push(`${file}: ${contentText(MESSAGE_KEY[what], { slug, file: first ?? '' })}`);
    seen.set(slug, first ?? file);
  }
  return problems;
}
