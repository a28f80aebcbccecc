/**
 * The book as readers get it: the git articles with the editors' published revisions laid over
 * them. A retired article leaves the book; its address redirects to the replacement, other
 * articles' related lists and links follow it, and its title and everyday words become «… – se
 * <replacement>» entries by joining the replacement's aliases. The local publisher, the AWS
 * build and `npm run content:pull` all use this, so the store and git build the same book.
 */
import { editFrontmatter, frontmatterFields } from '../frontmatter-fields.ts';

export type StoredArticle = { slug: string; source: string; retiredBy?: string };

export type OverlaidBook = {
  /** Article sources by slug. */
  sources: Record<string, string>;
  /** Retired slug → the slug readers are sent to. */
  redirects: Record<string, string>;
};

function finalTarget(slug: string, retired: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  let target = slug;
  while (retired.has(target) && !seen.has(target)) {
    seen.add(target);
    target = retired.get(target)!;
  }
  return target;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function overlayBook(git: Readonly<Record<string, string>>, stored: readonly StoredArticle[]): OverlaidBook {
  const sources: Record<string, string> = { ...git };
  const retired = new Map<string, string>();
  for (const article of stored) {
    if (article.retiredBy) retired.set(article.slug, article.retiredBy);
    else retired.delete(article.slug);
    sources[article.slug] = article.source;
  }
  const redirects: Record<string, string> = {};
  const retiredWords = new Map<string, string[]>();
  for (const slug of retired.keys()) {
    const target = finalTarget(slug, retired);
    if (target === slug || !Object.hasOwn(sources, target) || retired.has(target)) continue;
    redirects[slug] = target;
    const data = frontmatterFields(sources[slug] ?? '');
    const words = [typeof data.title === 'string' ? data.title : '', ...stringList(data.aliases)].filter(Boolean);
    retiredWords.set(target, [...(retiredWords.get(target) ?? []), ...words]);
  }
  for (const slug of retired.keys()) delete sources[slug];
  if (retired.size === 0) return { sources, redirects };

  for (const [slug, source] of Object.entries(sources)) {
    const data = frontmatterFields(source);
    const related = stringList(data.related);
    const followed = [...new Set(related.map((target) => redirects[target] ?? target))].filter(
      (target) => target !== slug && Object.hasOwn(sources, target),
    );
    const words = retiredWords.get(slug) ?? [];
    const aliases = stringList(data.aliases);
    const known = new Set([...aliases, typeof data.title === 'string' ? data.title : ''].map((word) => word.toLocaleLowerCase('nb')));
    const added = [...new Set(words.filter((word) => !known.has(word.toLocaleLowerCase('nb'))))];
    let next = source;
    if (followed.join() !== related.join() || added.length > 0) {
      next = editFrontmatter(next, {
        ...(followed.join() !== related.join() ? { related: followed } : {}),
        ...(added.length > 0 ? { aliases: [...aliases, ...added] } : {}),
      });
    }
    next = next.replace(/\]\(\/([a-z0-9-]+)\/([^)]*)\)/g, (link, target: string, rest: string) =>
      redirects[target] ? `](/${redirects[target]}/${rest})` : link,
    );
    sources[slug] = next;
  }
  return { sources, redirects };
}
