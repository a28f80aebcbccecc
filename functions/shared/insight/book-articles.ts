/**
 * The book's articles as the insight names them: title and «Neste gjennomgang» of each, from the
 * newest saved revision when there is one (the store's heads), else from git (the frontmatter the
 * functions bundle, functions/generated/articles.json). No AWS here.
 */
import gitArticles from '../../generated/articles.json' with { type: 'json' };
import { articleSchema } from '../../../src/core/schemas/article.ts';
import type { ArticleHead } from '../storage/index.ts';

export type BookArticle = { slug: string; title: string; nextReview: string; retiredBy?: string };

const day = (date: Date) => date.toISOString().slice(0, 10);

function fromGit(slug: string, frontmatter: unknown): BookArticle | undefined {
  const parsed = articleSchema.safeParse(frontmatter);
  return parsed.success ? { slug, title: parsed.data.title, nextReview: day(parsed.data.nextReview) } : undefined;
}

export function bookArticles(heads: readonly ArticleHead[]): BookArticle[] {
  const bySlug = new Map<string, BookArticle>();
  for (const [slug, frontmatter] of Object.entries(gitArticles as Record<string, unknown>)) {
    const article = fromGit(slug, frontmatter);
    if (article) bySlug.set(slug, article);
  }
  for (const head of heads) {
    bySlug.set(head.slug, {
      slug: head.slug,
      title: head.title,
      nextReview: head.nextReview,
      ...(head.retiredBy ? { retiredBy: head.retiredBy } : {}),
    });
  }
  return [...bySlug.values()];
}

/** A page's title for a slug; a page that is no article (any more) is named by its address. */
export function titleLookup(articles: readonly BookArticle[]): (slug: string) => string {
  const titles = new Map(articles.map((article) => [article.slug, article.title]));
  return (slug) => titles.get(slug) ?? `/${slug}${slug ? '/' : ''}`;
}
