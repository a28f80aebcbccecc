/**
 * What publishing does with the kommune's facts: marks a publication's fact revisions live, and
 * schedules a publication for every day a published price or figure changes by itself (a later
 * `validFrom`, or a `validTo` that ends), so a new rate goes live on its day without anyone
 * pressing «Publiser». The schedules are publications of the publishing queue (issue 22), kept in
 * the table, so they survive restarts; one per day, however often this runs.
 */
import seed from '../../generated/facts.json' with { type: 'json' };
import type { SeedFacts } from '../../../src/core/facts/facts.ts';
import type { AppContext } from '../dependencies.ts';
import type { ArticleStorage, FactStorage } from '../storage/index.ts';
import { createFactStorage } from '../storage/index.ts';
import { storageOf } from '../storage/storage-of.ts';
import { changeDaysOf, startOfOsloDay } from '../../../src/core/facts/change-days.ts';
import type { Fact, FactValue } from '../../../src/core/facts/facts.ts';
import { osloClock } from '../../../src/core/opening-hours.ts';
import type { FactItem } from '../../../src/core/publishing/stages.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';

/** The fact storage of a context: made on first use, so contexts that never publish facts don't carry it. */
export const factStorageOf = storageOf(createFactStorage);

/** The value readers see of every fact that has a live revision. */
export async function liveFactValues(facts: FactStorage): Promise<FactValue[]> {
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
  facts: FactStorage,
  seedFacts: readonly Fact[] = (seed as SeedFacts).facts,
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

/** Readers got a publication: its fact revisions become what they see, and their dated values are scheduled. */
export async function factsGoLive(ctx: AppContext & { articles: ArticleStorage }, items: readonly FactItem[]): Promise<void> {
  const facts = factStorageOf(ctx);
  for (const item of items) await facts.markFactLive(item.fact, item.version);
  await scheduleFactChanges(ctx, facts);
}
