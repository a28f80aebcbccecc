/**
 * How far a publication has come. A publication build first builds the web pages and swaps them
 * live (readers see the change), then prints the book's PDFs and swaps those in; the old PDFs are
 * served until then. Stages only move forward, so a late or repeated report changes nothing.
 */

/** The languages an article is translated into, each with revisions of its own (bokmål is the articles' own). */
export const TRANSLATION_LANGUAGES = ['nn'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** In order: waiting for a build, building the web pages, web live while the book prints, and the three ends. */
export const PUBLICATION_STAGES = ['queued', 'site', 'print', 'done', 'print-failed', 'failed'] as const;
export type PublicationStage = (typeof PUBLICATION_STAGES)[number];

export const PUBLICATION_STATUSES = ['queued', 'building', 'live', 'failed'] as const;
/** What readers get: not yet (queued, building), the new web pages (live), or nothing changed (failed). */
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

const STATUS_OF: Readonly<Record<PublicationStage, PublicationStatus>> = {
  queued: 'queued',
  site: 'building',
  print: 'live',
  done: 'live',
  'print-failed': 'live',
  failed: 'failed',
};

const RANK: Readonly<Record<PublicationStage, number>> = { queued: 0, site: 1, print: 2, done: 3, 'print-failed': 3, failed: 3 };

export const statusOfStage = (stage: PublicationStage): PublicationStatus => STATUS_OF[stage];

/** The stage of a publication stored before stages existed, from its status. */
export function stageOfStatus(status: PublicationStatus): PublicationStage {
  return status === 'building' ? 'site' : status === 'live' ? 'done' : status;
}

/** Whether the publication is finished: nothing more will happen to it. */
export const isFinal = (stage: PublicationStage): boolean => RANK[stage] === 3;

/**
 * Whether a publication may move from `from` to `to`: only forward, and never from web live back
 * to failed (a print that fails leaves the web pages live: `print-failed`).
 */
export function canMove(from: PublicationStage, to: PublicationStage): boolean {
  if (RANK[to] <= RANK[from]) return false;
  if (to === 'failed') return from === 'queued' || from === 'site';
  if (to === 'print-failed') return from === 'print';
  return true;
}

/**
 * A build that has not finished this long after it started is taken as lost and marked failed,
 * so its publications end and the next build can start. Above the AWS build's own timeout
 * (BUILD_TIMEOUT_MINUTES), which ends the build first and reports why.
 */
export const BUILD_TIME_LIMIT_MINUTES = 60;
export const BUILD_TIMEOUT_MINUTES = 50;

/**
 * A publication still waiting this long after it was made has never got a build (the build
 * service kept refusing): it is marked failed, so editors see it rather than a queue for ever.
 */
export const QUEUE_TIME_LIMIT_MINUTES = 2 * BUILD_TIME_LIMIT_MINUTES;

/**
 * A revision a publication brings out: of an article (the national text; with `language`, of its
 * text in that language – the nynorsk text – whose versions are its own), of one of the kommune's
 * facts (src/core/facts/), of a kommune's local part: its text in a named slot of a national
 * article, in a book of several kommuner, or of a kommune's own article (`ownArticle`: its slug),
 * which only that kommune's pages show.
 */
export type ArticleItem = { slug: string; version: number; language?: TranslationLanguage };
/** A fact's revision; in a book of several kommuner a kommune's own fact carries its kommune, a national figure none. */
export type FactItem = { fact: string; version: number; kommune?: string };
export type LocalPartItem = { kommune: string; slug: string; slot: string; version: number };
export type OwnArticleItem = { kommune: string; ownArticle: string; version: number };
export type PublishedItem = ArticleItem | FactItem | LocalPartItem | OwnArticleItem;

export const isFactItem = (item: PublishedItem): item is FactItem => 'fact' in item;
export const isLocalPartItem = (item: PublishedItem): item is LocalPartItem => 'slot' in item;
export const isOwnArticleItem = (item: PublishedItem): item is OwnArticleItem => 'ownArticle' in item;
export const isArticleItem = (item: PublishedItem): item is ArticleItem =>
  !isFactItem(item) && !isLocalPartItem(item) && !isOwnArticleItem(item);

/** A revision of a bokmål article (not of a translation, a fact or a local part). */
export const isBokmalItem = (item: PublishedItem): item is ArticleItem => isArticleItem(item) && item.language === undefined;

/**
 * What an item is a revision of: the article's slug (after its language for a translation), «fact:»
 * and the fact's id (after its kommune for a kommune's own fact in a book), or «local:» and the
 * kommune, slug and slot.
 */
export const itemKey = (item: PublishedItem): string =>
  isFactItem(item)
    ? item.kommune
      ? `fact:${item.kommune}:${item.fact}`
      : `fact:${item.fact}`
    : isLocalPartItem(item)
      ? `local:${item.kommune}:${item.slug}:${item.slot}`
      : isOwnArticleItem(item)
        ? `own:${item.kommune}:${item.ownArticle}`
        : item.language
          ? `${item.language}:${item.slug}`
          : item.slug;

/** The items of several publications as one build takes them: the newest revision of each article and fact wins. */
export function newestRevisions(lists: readonly (readonly PublishedItem[])[]): PublishedItem[] {
  const newest = new Map<string, PublishedItem>();
  for (const item of lists.flat()) {
    const known = newest.get(itemKey(item));
    if (!known || item.version > known.version) newest.set(itemKey(item), item);
  }
  return [...newest.values()].sort((a, b) => itemKey(a).localeCompare(itemKey(b)));
}

/**
 * How far one kommune of a book has come in a build: the same stages as the build, and the attempt
 * it is on (a kommune whose build fails is tried again, up to KOMMUNE_ATTEMPTS, without holding
 * up the others).
 */
export type KommuneRun = { stage: PublicationStage; attempt: number; message?: string };

/** How many times one kommune's build is tried before it is marked failed. */
export const KOMMUNE_ATTEMPTS = 2;

/**
 * One run of the build service: it takes every publication waiting when it started, builds the
 * book with the newest of their revisions, and reports each stage (functions/publishing/).
 */
export type PublicationBuild = {
  id: string;
  /** The publications it takes, oldest first. */
  publications: string[];
  items: PublishedItem[];
  /** `queued` until the build service accepted it. */
  stage: PublicationStage;
  createdAt: string;
  startedAt?: string;
  siteLiveAt?: string;
  finishedAt?: string;
  /** The build service's own id (CodeBuild's build id; locally the same id). */
  serviceId?: string;
  message?: string;
  /** In a book of several kommuner: each kommune it rebuilds and how far that kommune has come. Absent for a kommune on its own. */
  kommuner?: Record<string, KommuneRun>;
};
