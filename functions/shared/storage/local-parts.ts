/**
 * A kommune's local parts in a book of several kommuner – its own text in a named slot of a
 * national article (`<LocalPart name>`) – kept as versioned records (versioned-records.ts) like
 * article and fact revisions, under keys that carry the kommune (`LOCAL#<kommune>#<slug>#<slot>`),
 * so one kommune's parts are listed and published apart from every other's.
 */
import { errorFields, log } from '../log.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';
import type { StorageContext } from './storage-dependencies.ts';
import { versionedRecords } from './versioned-records.ts';

/** One saved version of a local part. */
export type LocalPartRevision = {
  version: number;
  /** The day the kommune checked the text (YYYY-MM-DD), shown beside it. */
  date: string;
  /** Plain paragraphs, a blank line between them. */
  text: string;
  /** The editor who saved it. */
  actor: string;
  /** ISO time it was saved. */
  at: string;
};

/** The stored head of a local part with revisions. */
export type LocalPartHead = { id: string; slug: string; slot: string; version: number; liveVersion: number; updatedAt: string };

const HEAD_FIELDS = ['id', 'slug', 'slot', 'version', 'liveVersion', 'updatedAt'] as const;

/** The id of a local part within its kommune. */
export const localPartId = (slug: string, slot: string): string => `${slug}#${slot}`;

export function localPartStorage(ctx: StorageContext) {
  const records = (kommune: string) =>
    versionedRecords<LocalPartHead, LocalPartRevision>(ctx, {
      headsPartition: ctx.keys.localPartsPartition(kommune),
      headKey: (id) => ctx.keys.localPartHead(kommune, id),
      revisionPartition: (id) => ctx.keys.localPartRevisionPartition(kommune, id),
      revisionKey: (id, version) => ctx.keys.localPartRevision(kommune, id, version),
      headFields: HEAD_FIELDS,
      conflictMessage: publishingText('error.localPartConflict'),
      logDeferred: (id, error) => log.warn('local part revision deferred', { kommune, id, ...errorFields(error) }),
    });

  /**
   * Stores a new revision of the kommune's part in `slug`'s slot `slot` if `expectedVersion` is
   * still the newest (0: none saved yet). Throws VersionConflictError when someone saved first.
   */
  async function saveLocalPart(
    kommune: string,
    input: { slug: string; slot: string; date: string; text: string; actor: string; expectedVersion: number },
  ): Promise<LocalPartRevision> {
    const id = localPartId(input.slug, input.slot);
    return records(kommune).save(id, input.expectedVersion, (current, at) => {
      const revision: LocalPartRevision = {
        version: input.expectedVersion + 1,
        date: input.date,
        text: input.text,
        actor: input.actor,
        at,
      };
      return {
        id,
        slug: input.slug,
        slot: input.slot,
        version: revision.version,
        liveVersion: current?.liveVersion ?? 0,
        updatedAt: at,
        lastRevision: revision,
      };
    });
  }

  return {
    listLocalPartHeads: (kommune: string) => records(kommune).listHeads(),
    getLocalPartHead: (kommune: string, slug: string, slot: string) => records(kommune).getHead(localPartId(slug, slot)),
    getLocalPartRevision: (kommune: string, slug: string, slot: string, version: number) =>
      records(kommune).getRevision(localPartId(slug, slot), version),
    listLocalPartRevisions: (kommune: string, slug: string, slot: string) => records(kommune).listRevisions(localPartId(slug, slot)),
    saveLocalPart,
    markLocalPartLive: (kommune: string, slug: string, slot: string, version: number) =>
      records(kommune).markLive(localPartId(slug, slot), version),
  };
}
