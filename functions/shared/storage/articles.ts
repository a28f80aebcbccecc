/** Article revisions (publications: publishing.ts), kept as versioned records (versioned-records.ts). */
import { errorFields, log } from '../log.ts';
import type { ListedFields } from '../../../src/core/articles/model.ts';
import type { ArticleRevision } from '../../../src/core/articles/types.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { versionedRecords } from './versioned-records.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';
import type { Language } from '../../../src/core/text/language.ts';

/** What the list shows of an article (the fields the article model shows in 'list'), taken from the saved source by the caller. */
export type ArticleFacts = ListedFields;

export type SaveRevisionInput = Omit<ArticleRevision, 'version' | 'at'> & {
  /** The version the editor started from: 0 for an article with only its git text. */
  expectedVersion: number;
  facts: ArticleFacts;
  /** A translation's `basedOn`: the version of the bokmål text it follows (git's blob hash of that text). */
  basedOn?: string;
};

/** The stored head of an article with revisions. */
export type ArticleHead = ArticleFacts & {
  slug: string;
  version: number;
  liveVersion: number;
  retiredBy?: string;
  updatedAt: string;
  /** A translation's `basedOn`, kept on its head so the list can tell which are older than the bokmål text. */
  basedOn?: string;
};

/**
 * The head's attributes a read returns (not the newest revision's source). Written out rather than
 * taken from the article model, which would bring zod and the model into every function's bundle;
 * the type below fails the type check when the model lists a field here that is missing.
 */
const HEAD_FIELDS = [
  'slug',
  'version',
  'title',
  'area',
  'reviewed',
  'nextReview',
  'liveVersion',
  'retiredBy',
  'updatedAt',
  'basedOn',
] as const;
type Unread = Exclude<keyof ArticleHead, (typeof HEAD_FIELDS)[number]>;
/** `true` only while every attribute of a head is read. */
export const HEAD_FIELDS_COMPLETE: [Unread] extends [never] ? true : Unread = true;

const CONFLICT = /* @__PURE__ */ publishingText('error.articleConflict');

/** Whose articles a storage keeps: a translation's texts (the nynorsk texts), or one kommune's own articles in a book. */
export type ArticleOwner = Language | { kommune: string };

function keySet(keys: StorageContext['keys'], owner: ArticleOwner | undefined) {
  if (owner === undefined)
    return {
      headsPartition: keys.articlesPartition,
      headKey: keys.articleHead,
      revisionPartition: keys.articleRevisionPartition,
      revisionKey: keys.articleRevision,
    };
  if (typeof owner === 'string')
    return {
      headsPartition: keys.translationHeadsPartition(owner),
      headKey: (slug: string) => keys.translationHead(owner, slug),
      revisionPartition: (slug: string) => keys.translationRevisionPartition(owner, slug),
      revisionKey: (slug: string, version: number) => keys.translationRevision(owner, slug, version),
    };
  const { kommune } = owner;
  return {
    headsPartition: keys.ownArticlesPartition(kommune),
    headKey: (slug: string) => keys.ownArticleHead(kommune, slug),
    revisionPartition: (slug: string) => keys.ownArticleRevisionPartition(kommune, slug),
    revisionKey: (slug: string, version: number) => keys.ownArticleRevision(kommune, slug, version),
  };
}

/**
 * The revisions of the bokmål articles, or with `owner` those of a translation's texts (the
 * nynorsk texts) or of one kommune's own articles: the same records under keys of their own
 * (table.ts), so they never mix.
 */
export function articleStorage(ctx: StorageContext, owner?: ArticleOwner) {
  const records = versionedRecords<ArticleHead, ArticleRevision>(ctx, {
    ...keySet(ctx.keys, owner),
    headFields: HEAD_FIELDS,
    conflictMessage: CONFLICT,
    logDeferred: (slug, error) => log.warn('revision deferred', { slug, ...errorFields(error) }),
  });

  /**
   * Stores a new revision if `expectedVersion` is still the newest (0: the article has none yet).
   * Throws VersionConflictError when someone saved first. Returns the stored revision.
   */
  async function saveRevision(input: SaveRevisionInput): Promise<ArticleRevision> {
    const { expectedVersion, facts, basedOn, ...rest } = input;
    return records.save(input.slug, expectedVersion, (current, at) => {
      const revision: ArticleRevision = { ...rest, version: expectedVersion + 1, at };
      for (const field of ['note', 'suggestionId', 'restoredFrom', 'retiredBy'] as const) {
        if (revision[field] === undefined || revision[field] === '') delete revision[field];
      }
      return {
        slug: input.slug,
        version: revision.version,
        ...facts,
        liveVersion: current?.liveVersion ?? 0,
        ...(revision.retiredBy ? { retiredBy: revision.retiredBy } : {}),
        ...(basedOn ? { basedOn } : {}),
        updatedAt: at,
        lastRevision: revision,
      };
    });
  }

  return {
    listArticleHeads: records.listHeads,
    getArticleHead: records.getHead,
    getRevision: records.getRevision,
    listRevisions: records.listRevisions,
    saveRevision,
    markArticleLive: records.markLive,
  };
}
