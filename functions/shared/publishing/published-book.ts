/**
 * The one overlay: the book readers get is the book in git with every kind of published item laid
 * over it, in order. The publication build (locally and in AWS), the deploy (through a publication
 * build) and `npm run content:pull` all build their book here, so none of them can leave a
 * published edit out.
 *
 * A kind of published item is a layer: it reads what is live of its kind from a source (the
 * table, or a running instance's API) and lays it, plus what the build at hand brings out, over
 * the book. Articles are the first layer; the kommune's facts (src/core/facts/) the second: the
 * seed files in git with the published fact values laid over them, written for the build to read
 * (for one kommune of a book, its own seed files with its own and the national published values).
 * The nynorsk texts (content/articles/nn/) have a layer of their own: their revisions are their own.
 * So have a kommune's own articles (building one kommune of a book): its folder in git with the
 * editors' published own articles laid over it.
 */
import { overlayBook, type OverlaidBook } from '../../../src/core/articles/overlay-book.ts';
import { recommendationsOf, withCouncilReviews, type Review } from '../../../src/core/articles/reviews.ts';
import { overlayFacts, type FactFiles, type FactValue } from '../../../src/core/facts/facts.ts';
import {
  isArticleItem,
  isBokmalItem,
  isFactItem,
  isLocalPartItem,
  isOwnArticleItem,
  type PublicationBuild,
} from '../../../src/core/publishing/stages.ts';
import type { LocalParts } from '../../../src/core/schemas/local-parts.ts';
import type { ArticleStorage, FactStorage, KommuneArticleStorage, LocalPartStorage } from '../storage/index.ts';

/**
 * The book in git: article sources by slug, the redirects of articles retired in git
 * (content/redirects.json) and the seed files of the kommune's facts (left out where only the
 * articles matter, e.g. checking a publication's content rules).
 */
export type GitContent = {
  sources: Readonly<Record<string, string>>;
  /** The nynorsk texts by slug (content/articles/nn/), where the book has them. */
  nynorsk?: Readonly<Record<string, string>>;
  redirects?: Readonly<Record<string, string>>;
  facts?: FactFiles;
  /** In a book of several kommuner, building one kommune: that kommune's local parts file in git ({} when it names none). */
  localParts?: LocalParts;
  /** In a book of several kommuner, building one kommune: its own articles in git by slug ({} when its entry names no folder). */
  own?: Readonly<Record<string, string>>;
};

/** The book readers get: article sources by slug, retired slug → replacement, the nynorsk texts, the fact files and the one kommune's local parts the build reads. */
export type PublishedBook = OverlaidBook & {
  facts?: FactFiles;
  nynorsk?: Record<string, string>;
  localParts?: LocalParts;
  /** The one kommune's own articles by slug. */
  own?: Record<string, string>;
};

/** What a build brings out besides what is live already. */
export type PendingItems = Pick<PublicationBuild, 'items'>;

/** Where the published articles are read from. */
export type PublishedArticles = {
  /** Every article with revisions, and the version readers see (0: the git text). */
  heads(): Promise<{ slug: string; liveVersion: number }[]>;
  revision(slug: string, version: number): Promise<{ source: string; retiredBy?: string } | undefined>;
  /** The councils' reviews of the article, for «Gjennomgått av …» on the live revision. */
  reviews(slug: string): Promise<Review[]>;
};

/** Where the published facts are read from. */
export type PublishedFacts = {
  /** Building one kommune of a book: its own fact items count, and the national ones (which carry no kommune). */
  kommune?: string;
  /** Every fact with revisions, and the version readers see (0: the seed in git). */
  heads(): Promise<{ id: string; liveVersion: number }[]>;
  revision(id: string, version: number): Promise<{ value: Record<string, unknown> } | undefined>;
};

/** Where one kommune's published local parts are read from. */
export type PublishedLocalParts = {
  kommune: string;
  /** Every local part of the kommune with revisions, and the version readers see. */
  heads(): Promise<{ slug: string; slot: string; liveVersion: number }[]>;
  revision(slug: string, slot: string, version: number): Promise<{ date: string; text: string } | undefined>;
};

/** Every kind of published item, by kind. */
export type PublishedSource = {
  articles: PublishedArticles;
  facts?: PublishedFacts;
  /** The nynorsk texts' own revisions. */
  nynorsk?: Pick<PublishedArticles, 'heads' | 'revision'>;
  localParts?: PublishedLocalParts;
  /** One kommune's own articles' revisions. */
  own?: { kommune: string } & Pick<PublishedArticles, 'heads' | 'revision'>;
};

type Layer = (book: PublishedBook, source: PublishedSource, pending: PendingItems) => Promise<PublishedBook>;

/**
 * The article layer: for each article with revisions the live one, or the one the build brings
 * out when it is newer (so an older revision waiting in the queue never replaces a newer live
 * one), with the councils' recommendations of exactly that revision in its frontmatter; retired
 * articles become redirects, and other articles' related lists, links and «X – se Y» follow them.
 */
const articleLayer: Layer = async (book, source, pending) => {
  const brought = new Map(pending.items.flatMap((item) => (isBokmalItem(item) ? [[item.slug, item.version] as const] : [])));
  const stored = [];
  for (const head of await source.articles.heads()) {
    const version = Math.max(head.liveVersion, brought.get(head.slug) ?? 0);
    if (version === 0) continue;
    const revision = await source.articles.revision(head.slug, version);
    if (!revision) continue;
    const recommendations = recommendationsOf(await source.articles.reviews(head.slug), version);
    stored.push({
      slug: head.slug,
      source: withCouncilReviews(revision.source, recommendations),
      ...(revision.retiredBy ? { retiredBy: revision.retiredBy } : {}),
    });
  }
  const overlaid = overlayBook(book.sources, stored);
  // Redirects kept in git stay, unless the address is an article again.
  const kept = Object.entries(book.redirects).filter(([from]) => !Object.hasOwn(overlaid.sources, from));
  return { ...book, sources: overlaid.sources, redirects: { ...Object.fromEntries(kept), ...overlaid.redirects } };
};

/**
 * The facts layer: for each fact with revisions the live value, or the one the build brings out
 * when it is newer, laid over the seed files (overlayFacts), which the build then reads.
 */
const factLayer: Layer = async (book, source, pending) => {
  if (!book.facts || !source.facts) return book;
  const { kommune } = source.facts;
  const brought = new Map(
    pending.items.flatMap((item) =>
      isFactItem(item) && (item.kommune === undefined || item.kommune === kommune) ? [[item.fact, item.version] as const] : [],
    ),
  );
  const published: FactValue[] = [];
  for (const head of await source.facts.heads()) {
    const version = Math.max(head.liveVersion, brought.get(head.id) ?? 0);
    if (version === 0) continue;
    const revision = await source.facts.revision(head.id, version);
    if (revision) published.push({ id: head.id, value: revision.value });
  }
  return { ...book, facts: overlayFacts(book.facts, published) };
};

/**
 * The nynorsk layer: for each nynorsk text with revisions the live one, or the one the build brings
 * out when it is newer, laid over the nynorsk texts in git; the build of a nynorsk kommune reads them.
 */
const nynorskLayer: Layer = async (book, source, pending) => {
  if (!book.nynorsk || !source.nynorsk) return book;
  const brought = new Map(
    pending.items.flatMap((item) => (isArticleItem(item) && item.language === 'nn' ? [[item.slug, item.version] as const] : [])),
  );
  const nynorsk = { ...book.nynorsk };
  for (const head of await source.nynorsk.heads()) {
    const version = Math.max(head.liveVersion, brought.get(head.slug) ?? 0);
    const revision = version > 0 ? await source.nynorsk.revision(head.slug, version) : undefined;
    if (revision) nynorsk[head.slug] = revision.source;
  }
  return { ...book, nynorsk };
};

/**
 * The local parts layer (a book of several kommuner, building one kommune): for each of the
 * kommune's parts with revisions the live text, or the one the build brings out when it is newer,
 * laid over the kommune's local parts file in git, which the build then reads; an empty text
 * leaves the slot empty.
 */
const localPartLayer: Layer = async (book, source, pending) => {
  const parts = source.localParts;
  if (!book.localParts || !parts) return book;
  const brought = new Map(
    pending.items.flatMap((item) =>
      isLocalPartItem(item) && item.kommune === parts.kommune ? [[`${item.slug}#${item.slot}`, item.version] as const] : [],
    ),
  );
  const overlaid: LocalParts = Object.fromEntries(Object.entries(book.localParts).map(([slug, slots]) => [slug, { ...slots }]));
  for (const head of await parts.heads()) {
    const version = Math.max(head.liveVersion, brought.get(`${head.slug}#${head.slot}`) ?? 0);
    if (version === 0) continue;
    const revision = await parts.revision(head.slug, head.slot, version);
    if (!revision) continue;
    // An empty text takes the kommune's paragraph away, also one its file in git holds.
    const { [head.slot]: _replaced, ...others } = overlaid[head.slug] ?? {};
    overlaid[head.slug] = revision.text === '' ? others : { ...others, [head.slot]: { date: revision.date, text: revision.text } };
  }
  return { ...book, localParts: overlaid };
};

/**
 * The own articles layer (a book of several kommuner, building one kommune): for each of the
 * kommune's own articles with revisions the live one, or the one the build brings out when it is
 * newer, laid over the kommune's own articles in git, which the build then reads.
 */
const ownArticleLayer: Layer = async (book, source, pending) => {
  const own = source.own;
  if (!book.own || !own) return book;
  const brought = new Map(
    pending.items.flatMap((item) =>
      isOwnArticleItem(item) && item.kommune === own.kommune ? [[item.ownArticle, item.version] as const] : [],
    ),
  );
  const overlaid = { ...book.own };
  for (const head of await own.heads()) {
    const version = Math.max(head.liveVersion, brought.get(head.slug) ?? 0);
    const revision = version > 0 ? await own.revision(head.slug, version) : undefined;
    if (revision) overlaid[head.slug] = revision.source;
  }
  return { ...book, own: overlaid };
};

const LAYERS: readonly Layer[] = [articleLayer, nynorskLayer, factLayer, localPartLayer, ownArticleLayer];

/** The book readers get once `pending` is live too: git with every layer laid over it. */
export async function publishedBook(
  git: GitContent,
  source: PublishedSource,
  pending: PendingItems = { items: [] },
): Promise<PublishedBook> {
  let book: PublishedBook = {
    sources: { ...git.sources },
    redirects: { ...git.redirects },
    ...(git.nynorsk ? { nynorsk: { ...git.nynorsk } } : {}),
    ...(git.facts ? { facts: git.facts } : {}),
    ...(git.localParts ? { localParts: git.localParts } : {}),
    ...(git.own ? { own: { ...git.own } } : {}),
  };
  for (const layer of LAYERS) book = await layer(book, source, pending);
  return book;
}

/**
 * The published items as the table holds them; the facts only where the caller brings their
 * storage (for one kommune of a book, its own and the national ones: live-facts.ts kommuneFacts),
 * and one kommune's local parts (and own articles) where the caller names the kommune and brings theirs.
 */
export function storedContent(
  articles: ArticleStorage,
  facts?: Pick<FactStorage, 'listFactHeads' | 'getFactRevision'>,
  local?: { kommune: string; storage: LocalPartStorage; own?: KommuneArticleStorage },
): PublishedSource {
  const own = local?.own;
  const nynorsk = articles.translationStorage('nn');
  return {
    nynorsk: { heads: () => nynorsk.listArticleHeads(), revision: (slug, version) => nynorsk.getRevision(slug, version) },
    ...(local && own
      ? {
          own: {
            kommune: local.kommune,
            heads: () => own.listArticleHeads(),
            revision: (slug: string, version: number) => own.getRevision(slug, version),
          },
        }
      : {}),
    ...(local
      ? {
          localParts: {
            kommune: local.kommune,
            heads: () => local.storage.listLocalPartHeads(local.kommune),
            revision: (slug: string, slot: string, version: number) =>
              local.storage.getLocalPartRevision(local.kommune, slug, slot, version),
          },
        }
      : {}),
    articles: {
      heads: () => articles.listArticleHeads(),
      revision: (slug, version) => articles.getRevision(slug, version),
      reviews: (slug) => articles.listArticleReviews(slug),
    },
    ...(facts
      ? {
          facts: {
            ...(local ? { kommune: local.kommune } : {}),
            heads: () => facts.listFactHeads(),
            revision: (id: string, version: number) => facts.getFactRevision(id, version),
          },
        }
      : {}),
  };
}
