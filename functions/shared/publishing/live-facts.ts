/**
 * What publishing does with the kommune's facts: finds the revisions waiting to be published,
 * marks a publication's fact revisions live, and
 * schedules a publication for every day a published price or figure changes by itself (a later
 * `validFrom`, or a `validTo` that ends), so a new rate goes live on its day without anyone
 * pressing «Publiser». The schedules are publications of the publishing queue (issue 22), kept in
 * the table, so they survive restarts; one per day, however often this runs.
 *
 * In a book of several kommuner each kommune's own facts are under its keys (a context with its
 * `kommune`) and their items carry the kommune; the national figures are the book's, under the
 * book's keys (a context without a kommune), and their items carry none.
 */
import seed from '../../generated/facts.json' with { type: 'json' };
import type { DeploymentSeedFacts } from '../../../src/core/facts/facts.ts';
import type { AppContext } from '../dependencies.ts';
import type { ArticleStorage, FactStorage } from '../storage/index.ts';
import { createFactStorage } from '../storage/index.ts';
import { storageOf } from '../storage/storage-of.ts';
import { changeDaysOf, startOfOsloDay } from '../../../src/core/facts/change-days.ts';
import type { Fact, FactValue } from '../../../src/core/facts/facts.ts';
import { osloClock } from '../../../src/core/opening-hours.ts';
import type { FactItem } from '../../../src/core/publishing/stages.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';
import { bookKommuner } from '../request-kommune.ts';

/** The fact storage of a context: made on first use, so contexts that never publish facts don't carry it. */
export const factStorageOf = storageOf(createFactStorage);

const deployment = seed as DeploymentSeedFacts;

type FactsOwner = Pick<AppContext, 'env' | 'now' | 'kommune'>;

/** The storage of the book's national figures (in a book; a kommune on its own keeps every fact in one storage). */
const nationalStorageOf = (ctx: FactsOwner): FactStorage => factStorageOf({ ...ctx, kommune: undefined });

/**
 * The newest revision of every fact of the context's kommune that readers don't have yet: its own
 * facts (with the kommune, in a book) and, in a book, the book's national figures.
 */
export async function pendingFactItems(ctx: FactsOwner): Promise<Map<string, FactItem>> {
  const pending = new Map<string, FactItem>();
  const add = async (storage: FactStorage, kommune: string | undefined) => {
    for (const head of await storage.listFactHeads())
      if (head.version > head.liveVersion) pending.set(head.id, { fact: head.id, version: head.version, ...(kommune ? { kommune } : {}) });
  };
  await add(factStorageOf(ctx), ctx.kommune);
  if (ctx.kommune !== undefined) await add(nationalStorageOf(ctx), undefined);
  return pending;
}

/** What reading the published facts takes: their heads and revisions. */
export type FactReader = Pick<FactStorage, 'listFactHeads' | 'getFactRevision'>;

/** The value readers see of every fact that has a live revision. */
export async function liveFactValues(facts: FactReader): Promise<FactValue[]> {
  const values: FactValue[] = [];
  for (const head of await facts.listFactHeads()) {
    if (head.liveVersion === 0) continue;
    const revision = await facts.getFactRevision(head.id, head.liveVersion);
    if (revision) values.push({ id: head.id, value: revision.value });
  }
  return values;
}

/** The facts readers get: the seed with the live values laid over it. */
function publishedFacts(seedFacts: readonly Fact[], live: readonly FactValue[]): Fact[] {
  const values = new Map(live.map((fact) => [fact.id, fact.value]));
  return seedFacts.map((fact) => ({ ...fact, value: values.get(fact.id) ?? fact.value }));
}

/**
 * Schedules a publication at midnight (Norwegian time) of every day after today on which a
 * published dated value changes. Each day's schedule has a fixed id, so running this again adds
 * nothing. Resolves the days scheduled now.
 */
export async function scheduleFactChanges(
  ctx: Pick<AppContext, 'now'> & { articles: Pick<ArticleStorage, 'saveSchedule'> },
  facts: FactReader,
  seedFacts: readonly Fact[] = deployment.facts,
): Promise<string[]> {
  const today = osloClock(ctx.now()).date;
  const scheduled: string[] = [];
  for (const day of changeDaysOf(publishedFacts(seedFacts, await liveFactValues(facts)), today)) {
    const saved = await ctx.articles.saveSchedule({
      id: `fakta-${day}`,
      at: startOfOsloDay(day).toISOString(),
      reason: 'schedule',
      actor: publishingText('publish.scheduledActor'),
    });
    if (saved) scheduled.push(day);
  }
  return scheduled;
}

/** The facts of one kommune of a book: its own (`own`, under its keys) and the book's national figures (`national`). */
export function kommuneFactReader(own: FactReader, national: FactReader): FactReader {
  return {
    listFactHeads: async () => [...(await own.listFactHeads()), ...(await national.listFactHeads())],
    getFactRevision: async (id, version) => (await own.getFactRevision(id, version)) ?? national.getFactRevision(id, version),
  };
}

/** The facts of one kommune of a book, read through a context's storage. */
export const kommuneFacts = (ctx: Pick<AppContext, 'env' | 'now'>, kommune: string): FactReader =>
  kommuneFactReader(factStorageOf({ ...ctx, kommune }), nationalStorageOf(ctx));

/**
 * Readers got a publication: its fact revisions become what they see (each in its kommune's
 * storage, or the book's for a national figure), and their dated values are scheduled – in a book
 * for each kommune whose seed files the deployment has, from its own facts and the national ones.
 */
export async function factsGoLive(ctx: AppContext & { articles: ArticleStorage }, items: readonly FactItem[]): Promise<void> {
  for (const item of items) await factStorageOf({ ...ctx, kommune: item.kommune }).markFactLive(item.fact, item.version);
  const kommuner = bookKommuner(ctx.env);
  if (kommuner.length === 0) {
    await scheduleFactChanges(ctx, factStorageOf(ctx));
    return;
  }
  for (const kommune of kommuner) {
    const own = deployment.kommuner?.[kommune];
    if (own) await scheduleFactChanges(ctx, kommuneFacts(ctx, kommune), own.facts);
  }
}
