/**
 * Which kommuner of a book a publication rebuilds, and how far a build of several kommuner has
 * come as a whole. National text (an article) is the same in every kommune, so an edit of it is
 * published to every kommune of the book; a local part or an own article belongs to one kommune and
 * is published only to its own, and so is a kommune's own fact (its services, contacts and county services,
 * src/core/facts/facts.ts isKommuneFact); a national figure is the book's and rebuilds every kommune.
 */
import {
  isFinal,
  isFactItem,
  isLocalPartItem,
  isOwnArticleItem,
  type KommuneRun,
  type PublicationStage,
  type PublishedItem,
} from './stages.ts';

/** The kommune an item belongs to, or undefined for what the whole book shares (the national text and figures). */
function kommuneOfItem(item: PublishedItem): string | undefined {
  return isLocalPartItem(item) || isFactItem(item) || isOwnArticleItem(item) ? item.kommune : undefined;
}

/**
 * The kommuner (of `bookKommuner`, in its order) that must be rebuilt for `items`. No items (a
 * scheduled build, a deploy's build: what is live) rebuilds every kommune.
 */
export function kommunerToRebuild(items: readonly PublishedItem[], bookKommuner: readonly string[]): string[] {
  const owners = items.map(kommuneOfItem);
  if (owners.length === 0 || owners.includes(undefined)) return [...bookKommuner];
  const local = new Set(owners);
  return bookKommuner.filter((kommune) => local.has(kommune));
}

/** The kommuner several publications rebuild together, in the book's order. */
export function unionOfKommuner(lists: readonly (readonly string[] | undefined)[], bookKommuner: readonly string[]): string[] {
  const wanted = new Set(lists.flatMap((list) => list ?? bookKommuner));
  return bookKommuner.filter((kommune) => wanted.has(kommune));
}

/** Whether a kommune's readers have the build's web pages (their print may still run or have failed). */
const webLive = (stage: PublicationStage): boolean => stage === 'print' || stage === 'done' || stage === 'print-failed';

/**
 * What a build of several kommuner has reached as a whole, from each kommune's run:
 * - `site-live` once every kommune has its web pages or has failed for good, and at least one has
 *   them (the revisions are then what readers see; a kommune that failed catches up at its next
 *   build, which lays everything live over git);
 * - an end once every kommune has ended: `done` when every kommune's book is printed, `failed`
 *   when no kommune got the web pages, otherwise `print-failed` (some readers have the change,
 *   but not all of the book is up to date) with the kommuner that failed;
 * - nothing while a kommune still builds.
 */
export function buildOutcome(
  runs: Readonly<Record<string, KommuneRun>>,
): { kind: 'building' } | { kind: 'site-live' } | { kind: 'ended'; stage: PublicationStage; failed: string[] } {
  const entries = Object.entries(runs);
  const failed = entries.filter(([, run]) => run.stage === 'failed').map(([kommune]) => kommune);
  const anyLive = entries.some(([, run]) => webLive(run.stage));
  if (entries.every(([, run]) => isFinal(run.stage))) {
    const stage: PublicationStage = !anyLive ? 'failed' : entries.every(([, run]) => run.stage === 'done') ? 'done' : 'print-failed';
    return { kind: 'ended', stage, failed };
  }
  if (anyLive && entries.every(([, run]) => webLive(run.stage) || run.stage === 'failed')) return { kind: 'site-live' };
  return { kind: 'building' };
}
