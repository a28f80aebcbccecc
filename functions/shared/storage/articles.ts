/** Article revisions (publications: publishing.ts), kept as versioned records (versioned-records.ts). */
import { errorFields, log } from '../log.ts';
import type { ArticleRevision, ArticleSummary } from '../../../src/core/articles/types.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { keys } from './table.ts';
import { versionedRecords } from './versioned-records.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';

/** What the list shows of an article, taken from the saved source by the caller. */
export type ArticleFacts = Pick<ArticleSummary, 'title' | 'area' | 'reviewed' | 'nextReview'>;

export type SaveRevisionInput = Omit<ArticleRevision, 'version' | 'at'> & {
  /** The version the editor started from: 0 for an article with only its git text. */
  expectedVersion: number;
  facts: ArticleFacts;
};

/** The stored head of an article with revisions. */
export type ArticleHead = ArticleFacts & {
  slug: string;
  version: number;
  liveVersion: number;
  retiredBy?: string;
  updatedAt: string;
};

const HEAD_FIELDS = ['slug', 'version', 'title', 'area', 'reviewed', 'nextReview', 'liveVersion', 'retiredBy', 'updatedAt'] as const;

const CONFLICT = /* @__PURE__ */ publishingText('error.articleConflict');

export function articleStorage(ctx: StorageContext) {
  const records = versionedRecords<ArticleHead, ArticleRevision>(ctx, {
    headsPartition: keys.articlesPartition,
    headKey: keys.articleHead,
    revisionPartition: keys.articleRevisionPartition,
    revisionKey: keys.articleRevision,
    headFields: HEAD_FIELDS,
    conflictMessage: CONFLICT,
    logDeferred: (slug, error) => log.warn('revision deferred', { slug, ...errorFields(error) }),
  });

  /**
   * Stores a new revision if `expectedVersion` is still the newest (0: the article has none yet).
   * Throws VersionConflictError when someone saved first. Returns the stored revision.
   */
  async function saveRevision(input: SaveRevisionInput): Promise<ArticleRevision> {
    const { expectedVersion, facts, ...rest } = input;
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
