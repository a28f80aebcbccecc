/**
 * A kommune's own articles on the editors' page (in a book of several kommuner): where the form
 * reads, saves and publishes one, and its address on the page. The same form serves both kinds;
 * only these differ, so a national article behaves exactly as before.
 */
import type { ArticleSummary } from '../../../core/articles/types.ts';

/** An item of the editors' list: a national article, or one of the kommune's own (`own: true`). */
export type ListedArticle = ArticleSummary & { own?: true };

/** The page's addresses of an article's form: #artikkel/<slug> (national), #egen-artikkel/<slug> (the kommune's own). */
export const articleHref = (slug: string, own: boolean): string => `#${own ? 'egen-artikkel' : 'artikkel'}/${slug}`;

/** The address of the form for a new article of the kommune's own. */
export const NEW_OWN_ARTICLE_HREF = '#ny-egen-artikkel';

/** The API calls of one article: its newest text, saving a revision, and what «Publiser» names. */
export function articleCalls(slug: string, own: boolean) {
  return own
    ? {
        read: `/api/moderation/articles?own=${encodeURIComponent(slug)}`,
        save: `/api/moderation/own-articles/${slug}`,
        publish: { ownArticles: [slug] },
      }
    : { read: `/api/moderation/articles/${slug}`, save: `/api/moderation/articles/${slug}`, publish: { slugs: [slug] } };
}

/** The national articles and the kommune's own in one list; each own one marked, whatever the API said. */
export const withOwnArticles = (national: readonly ArticleSummary[], own: readonly ArticleSummary[]): ListedArticle[] => [
  ...national,
  ...own.map((item) => ({ ...item, own: true as const })),
];
