/** Fact revisions, kept as versioned records (versioned-records.ts) like article revisions. */
import { errorFields, log } from '../log.ts';
import type { FactKind } from '../../../src/core/facts/facts.ts';
import type { FactRevision } from '../../../src/core/facts/types.ts';
import { factText } from '../../../src/core/text/facts.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { versionedRecords } from './versioned-records.ts';

/** What the list shows of a fact, taken from the saved value by the caller. */
export type FactFacts = { kind: FactKind; title: string; lastChecked?: string; reviewDue?: string };

/** The stored head of a fact with revisions. */
export type FactHead = FactFacts & { id: string; version: number; liveVersion: number; updatedAt: string };

export type SaveFactInput = Omit<FactRevision, 'version' | 'at'> & {
  /** The version the editor started from: 0 for a fact with only its seed in git. */
  expectedVersion: number;
  facts: FactFacts;
};

const HEAD_FIELDS = ['id', 'kind', 'title', 'lastChecked', 'reviewDue', 'version', 'liveVersion', 'updatedAt'] as const;

const CONFLICT = /* @__PURE__ */ factText('error.factConflict');

export function factStorage(ctx: StorageContext) {
  const records = versionedRecords<FactHead, FactRevision>(ctx, {
    headsPartition: ctx.keys.factsPartition,
    headKey: ctx.keys.factHead,
    revisionPartition: ctx.keys.factRevisionPartition,
    revisionKey: ctx.keys.factRevision,
    headFields: HEAD_FIELDS,
    conflictMessage: CONFLICT,
    logDeferred: (factId, error) => log.warn('fact revision deferred', { factId, ...errorFields(error) }),
  });

  /**
   * Stores a new revision if `expectedVersion` is still the newest (0: the fact has none yet).
   * Throws VersionConflictError when someone saved first. Returns the stored revision.
   */
  async function saveFactRevision(input: SaveFactInput): Promise<FactRevision> {
    const { expectedVersion, facts, ...rest } = input;
    return records.save(input.id, expectedVersion, (current, at) => {
      const revision: FactRevision = { ...rest, version: expectedVersion + 1, at };
      if (revision.note === undefined || revision.note === '') delete revision.note;
      if (revision.restoredFrom === undefined) delete revision.restoredFrom;
      const head = {
        id: input.id,
        version: revision.version,
        ...facts,
        liveVersion: current?.liveVersion ?? 0,
        updatedAt: at,
        lastRevision: revision,
      };
      for (const field of ['lastChecked', 'reviewDue'] as const) if (head[field] === undefined) delete head[field];
      return head;
    });
  }

  return {
    listFactHeads: records.listHeads,
    getFactHead: records.getHead,
    getFactRevision: records.getRevision,
    listFactRevisions: records.listRevisions,
    saveFactRevision,
    markFactLive: records.markLive,
  };
}
