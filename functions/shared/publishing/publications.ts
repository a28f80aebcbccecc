/**
 * How a publication gets from «Publiser» to readers, the same locally and in AWS, and never
 * through an editor's browser:
 *
 * 1. requestPublication stores it and puts it in the queue, then tries to start a build;
 * 2. startNextBuild claims the queue for one build that takes every publication waiting (the
 *    newest revision of each article wins) and asks the build service to run it. While a build
 *    runs, new publications wait; a service that refuses leaves them waiting;
 * 3. the build reports its stages to reportBuild – the one function by which publications
 *    complete: web live (revisions live, linked suggestions «Publisert»), book printed, or failed –
 *    and when it ends the next build starts;
 * 4. tickPublishing (the publishing clock: every minute in AWS, a timer on the local server) starts
 *    scheduled publications, ends builds that never finished after BUILD_TIME_LIMIT_MINUTES and
 *    starts what waits when nothing runs (after a refused start or a lost report).
 *
 * No AWS here: the build service is ctx.publisher.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Publication, PublicationReason } from '../../../src/core/articles/types.ts';
import { buildOutcome, kommunerToRebuild, unionOfKommuner } from '../../../src/core/publishing/kommuner.ts';
import {
  BUILD_TIME_LIMIT_MINUTES,
  isFinal,
  itemKey,
  KOMMUNE_ATTEMPTS,
  type KommuneRun,
  newestRevisions,
  QUEUE_TIME_LIMIT_MINUTES,
  type PublicationBuild,
  type PublicationStage,
  type PublishedItem,
} from '../../../src/core/publishing/stages.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';
import type { AppContext } from '../dependencies.ts';
import { NotFoundError } from '../errors.ts';
import { errorFields, log } from '../log.ts';
import type { Publisher } from '../publisher.ts';
import type { ArticleStorage, ScheduledPublication } from '../storage/index.ts';
import { goLive } from './go-live.ts';

export type PublishingContext = AppContext & { articles: ArticleStorage; publisher: Publisher };

/** What a build reports: the web pages are live; the book is printed too; printing failed (web live); or it failed before readers got anything. */
export type BuildReport =
  { kind: 'site-live' } | { kind: 'printed' } | { kind: 'print-failed'; message: string } | { kind: 'failed'; message: string };

export type PublicationRequest = {
  items: PublishedItem[];
  skipped?: Publication['skipped'];
  actor: string;
  reason: PublicationReason;
  message?: string;
  /** A fixed id: a repeated request with the same id gets the stored publication back. */
  id?: string;
};

const MINUTE_MS = 60_000;

/** Stores the publication, queues it and starts a build if none runs. A repeated id returns the stored one. */
export async function requestPublication(ctx: PublishingContext, request: PublicationRequest): Promise<Publication> {
  const { publication, created } = await ctx.articles.createPublication({
    id: request.id ?? randomUUID(),
    items: request.items,
    skipped: request.skipped ?? [],
    actor: request.actor,
    reason: request.reason,
    ...(request.message !== undefined ? { message: request.message } : {}),
    ...(ctx.publisher.kommuner ? { kommuner: kommunerToRebuild(request.items, ctx.publisher.kommuner) } : {}),
  });
  if (!created) return publication;
  await ctx.articles.enqueuePublication(publication.id);
  await startNextBuild(ctx);
  return (await ctx.articles.getPublication(publication.id)) ?? publication;
}

/**
 * Starts one build for every publication waiting, unless a build runs. The build is recorded
 * first and the queue claimed second, so a crash in between leaves the publications waiting;
 * a build service that refuses puts them back.
 */
export async function startNextBuild(ctx: PublishingContext): Promise<PublicationBuild | undefined> {
  const queue = await ctx.articles.getQueue();
  if (queue.running !== undefined || queue.waiting.length === 0) return undefined;
  const publications: Publication[] = [];
  for (const id of queue.waiting) {
    const publication = await ctx.articles.getPublication(id);
    if (publication && publication.stage === 'queued') publications.push(publication);
  }
  if (publications.length === 0) {
    // Every id ended some other way (waited past the limit): nothing to build.
    await ctx.articles.dropWaiting(queue.waiting);
    return undefined;
  }
  publications.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const bookKommuner = ctx.publisher.kommuner;
  const build = await ctx.articles.createBuild({
    id: randomUUID(),
    publications: publications.map((publication) => publication.id),
    items: newestRevisions(publications.map((publication) => publication.items)),
    ...(bookKommuner
      ? {
          kommuner: Object.fromEntries(
            unionOfKommuner(
              publications.map((publication) => publication.kommuner),
              bookKommuner,
            ).map((kommune): [string, KommuneRun] => [kommune, { stage: 'queued', attempt: 1 }]),
          ),
        }
      : {}),
  });
  // Ids that no longer wait leave the set with the claim.
  if (!(await ctx.articles.claimQueue(build.id, queue.waiting))) return undefined;
  let serviceId: string;
  try {
    serviceId = await ctx.publisher.start(build);
  } catch (error) {
    log.warn('publishing build not started; its publications wait', { buildId: build.id, ...errorFields(error) });
    await ctx.articles.releaseQueue(build.id, build.publications);
    await ctx.articles.updateBuild(build.id, { stage: 'failed', message: publishingText('publish.notStarted') });
    return undefined;
  }
  await ctx.articles.updateBuild(build.id, { stage: 'site', serviceId });
  for (const id of build.publications) await ctx.articles.updatePublication(id, { stage: 'site', buildId: build.id });
  return { ...build, stage: 'site', serviceId };
}

/**
 * The one way publications complete: a build reports a stage, and the build and each publication
 * it took move on. When the web pages are live, their revisions become live and the linked
 * suggestions «Publisert»; when the build ends (printed, printing failed, or failed), the queue is
 * released and the next build starts. Reports may come late, twice or out of order (EventBridge);
 * stages only move forward, so that changes nothing.
 */
export async function reportBuild(ctx: PublishingContext, buildId: string, report: BuildReport, kommune?: KommuneReport): Promise<void> {
  const build = await ctx.articles.getBuild(buildId);
  if (!build) {
    log.warn('report for an unknown publishing build', { buildId, report: report.kind });
    return;
  }
  if (kommune !== undefined && build.kommuner !== undefined) return reportKommune(ctx, build, report, kommune);
  await moveBuild(ctx, build, report);
}

/** Which kommune of a book's build reports, and on which attempt. */
export type KommuneReport = { id: string; attempt: number };

/**
 * Where one kommune's run moves on a report, or undefined when the report is late, repeated or of
 * an earlier attempt. A report of a later attempt comes from a build service that retries by itself
 * (`canRetry` false: the fan-out's Map): the run is then on that attempt, and a failure before its
 * last attempt is left to that service.
 */
function nextRun(stored: KommuneRun | undefined, report: BuildReport, attempt: number, canRetry: boolean): KommuneRun | undefined {
  if (!stored || attempt < stored.attempt || isFinal(stored.stage)) return undefined;
  const run: KommuneRun = attempt > stored.attempt ? { stage: 'queued', attempt } : stored;
  const webLive = run.stage === 'print';
  switch (report.kind) {
    case 'site-live':
      return webLive ? undefined : { stage: 'print', attempt };
    case 'printed':
      return { stage: 'done', attempt };
    case 'print-failed':
      return { stage: 'print-failed', attempt, message: report.message };
    case 'failed':
      if (webLive) return { stage: 'print-failed', attempt, message: report.message };
      if (attempt >= KOMMUNE_ATTEMPTS) return { stage: 'failed', attempt, message: report.message };
      return canRetry ? { stage: 'queued', attempt: attempt + 1, message: report.message } : undefined;
  }
}

/**
 * One kommune of a book's build reports: its run moves on (a failed attempt is tried again while
 * attempts remain, without holding up the others), and the build as a whole moves as far as every
 * kommune's run allows (buildOutcome): its revisions go live once every kommune has its web
 * pages or has failed for good, and it ends when every kommune has ended.
 */
async function reportKommune(ctx: PublishingContext, build: PublicationBuild, report: BuildReport, kommune: KommuneReport): Promise<void> {
  const run = build.kommuner?.[kommune.id];
  const next = nextRun(run, report, kommune.attempt, ctx.publisher.retryKommune !== undefined);
  if (run && next && (await ctx.articles.moveKommuneRun(build.id, kommune.id, run, next))) {
    log.info('kommune build moved', { buildId: build.id, kommune: kommune.id, stage: next.stage, attempt: next.attempt });
    if (next.stage === 'queued') await ctx.publisher.retryKommune?.(build.id, kommune.id);
  }
  const current = await ctx.articles.getBuild(build.id);
  if (!current?.kommuner) return;
  const outcome = buildOutcome(current.kommuner);
  if (outcome.kind === 'building') return;
  if (outcome.kind === 'site-live') return moveBuild(ctx, current, { kind: 'site-live' });
  if (outcome.stage === 'done') return moveBuild(ctx, current, { kind: 'printed' });
  if (outcome.failed.length === 0) {
    const reason = Object.values(current.kommuner).find((run) => run.stage === 'print-failed')?.message ?? '';
    return moveBuild(ctx, current, { kind: 'print-failed', message: reason });
  }
  const message = publishingText('publish.kommunerFailed', { kommuner: outcome.failed.join(', '), attempts: KOMMUNE_ATTEMPTS });
  await moveBuild(ctx, current, { kind: outcome.stage === 'failed' ? 'failed' : 'print-failed', message }, message);
}

/**
 * The build and each publication it took move on to what `report` says of the build as a whole;
 * `worded` is the message editors see instead of the one made from the report.
 */
async function moveBuild(ctx: PublishingContext, build: PublicationBuild, report: BuildReport, worded?: string): Promise<void> {
  const siteLive = report.kind !== 'failed' || build.stage === 'print';
  if (siteLive && (build.stage === 'queued' || build.stage === 'site')) {
    await ctx.articles.updateBuild(build.id, { stage: 'print' });
    const publications = await publicationsOf(ctx, build);
    // What readers see now: the newest revision of each article in the build.
    await goLive(ctx, build.items);
    for (const publication of publications) await ctx.articles.updatePublication(publication.id, { stage: 'print', buildId: build.id });
  }
  if (report.kind === 'site-live') return;
  const end: PublicationStage = report.kind === 'printed' ? 'done' : siteLive ? 'print-failed' : 'failed';
  const reason = report.kind === 'printed' ? undefined : report.message;
  const message = worded ?? (end === 'print-failed' ? publishingText('publish.printFailed', { reason: reason ?? '' }) : reason);
  const moved = await ctx.articles.updateBuild(build.id, { stage: end, ...(message ? { message } : {}) });
  for (const id of build.publications) await ctx.articles.updatePublication(id, { stage: end, ...(message ? { message } : {}) });
  if (moved?.stage === end) log.info('publishing build ended', { buildId: build.id, stage: end, publications: build.publications.length });
  await ctx.articles.releaseQueue(build.id);
  await startNextBuild(ctx);
}

async function publicationsOf(ctx: PublishingContext, build: PublicationBuild): Promise<Publication[]> {
  const publications: Publication[] = [];
  for (const id of build.publications) {
    const publication = await ctx.articles.getPublication(id);
    if (publication) publications.push(publication);
  }
  return publications;
}

const minutesSince = (ctx: AppContext, at: string | undefined) =>
  at === undefined ? 0 : (ctx.now().getTime() - new Date(at).getTime()) / MINUTE_MS;

/**
 * The publishing clock: starts scheduled publications whose time has come, ends a build that ran
 * past the time limit (its publications are marked failed, or print-failed when the web pages
 * went live), fails publications that waited past the queue limit, and starts what waits when
 * nothing runs. Safe to run any time, from several places at once.
 */
export async function tickPublishing(ctx: PublishingContext): Promise<void> {
  for (const schedule of await ctx.articles.dueSchedules()) await startScheduled(ctx, schedule);
  const queue = await ctx.articles.getQueue();
  if (queue.running !== undefined) {
    const build = await ctx.articles.getBuild(queue.running);
    if (!build) {
      if (minutesSince(ctx, queue.runningSince) > BUILD_TIME_LIMIT_MINUTES) await ctx.articles.releaseQueue(queue.running);
    } else if (isFinal(build.stage)) {
      // It ended, but a crash cut the end short: its publications and the queue get the end now.
      const message = build.message ?? publishingText('publish.localFailed');
      await reportBuild(
        ctx,
        build.id,
        build.stage === 'done'
          ? { kind: 'printed' }
          : build.stage === 'print-failed'
            ? { kind: 'print-failed', message }
            : { kind: 'failed', message },
      );
    } else if (minutesSince(ctx, build.startedAt ?? build.createdAt) > BUILD_TIME_LIMIT_MINUTES) {
      log.warn('publishing build ran past its time limit', { buildId: build.id });
      await reportBuild(ctx, build.id, {
        kind: 'failed',
        message: publishingText('publish.timeLimit', { minutes: BUILD_TIME_LIMIT_MINUTES }),
      });
    }
  }
  const expired: string[] = [];
  for (const id of queue.waiting) {
    const publication = await ctx.articles.getPublication(id);
    if (publication && publication.stage === 'queued' && minutesSince(ctx, publication.createdAt) > QUEUE_TIME_LIMIT_MINUTES) {
      await ctx.articles.updatePublication(id, { stage: 'failed', message: publishingText('publish.neverStarted') });
      expired.push(id);
    }
  }
  await ctx.articles.dropWaiting(expired);
  await startNextBuild(ctx);
}

async function startScheduled(ctx: PublishingContext, schedule: ScheduledPublication): Promise<void> {
  // The schedule fixes the publication's id, so a clock that dies between the two steps makes the same one next time.
  const publication = await requestPublication(ctx, {
    id: `schedule-${schedule.id}`,
    items: [],
    actor: schedule.actor,
    reason: schedule.reason,
  });
  await ctx.articles.markScheduleStarted(schedule, publication.id);
}

/**
 * Publishes at `at` what is live then: a build started by the publishing clock that completes like
 * any other (for dated facts, or a nightly build). Kept in the table, so it survives restarts.
 */
export async function schedulePublication(
  ctx: Pick<PublishingContext, 'articles'>,
  at: Date,
  { reason = 'schedule', actor = publishingText('publish.scheduledActor') }: { reason?: PublicationReason; actor?: string } = {},
): Promise<ScheduledPublication> {
  const schedule = { id: randomUUID(), at: at.toISOString(), reason, actor };
  await ctx.articles.saveSchedule(schedule);
  return schedule;
}

/**
 * A fixed publication id for a request that carries an Idempotency-Key: the same editor repeating
 * the same request gets the same publication, never a second one.
 */
export function keyedPublicationId(editorId: string, key: string, slugs: readonly string[] | undefined): string {
  return `k-${createHash('sha256')
    .update(JSON.stringify([editorId, key, slugs ?? null]))
    .digest('base64url')
    .slice(0, 32)}`;
}

/** The key of a set of revisions: the same set in any order gives the same key. */
export function revisionSetKey(items: readonly PublishedItem[]): string {
  const set = [...items]
    .map((item) => `${itemKey(item)}@${item.version}`)
    .sort()
    .join(',');
  return createHash('sha256').update(set).digest('base64url');
}

/**
 * The publication already pending for exactly these revisions, or – when none is – a claim on
 * the set for `id`, so a second request for the same set gets this one. Resolves the pending
 * publication, or undefined when the caller should make its own with `id`.
 */
export async function pendingForSet(ctx: PublishingContext, items: readonly PublishedItem[], id: string): Promise<Publication | undefined> {
  const setKey = revisionSetKey(items);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const current = await ctx.articles.pendingSetPublication(setKey);
    if (current !== undefined) {
      const publication = await ctx.articles.getPublication(current);
      if (publication && !isFinal(publication.stage)) return publication;
    }
    if (await ctx.articles.claimPendingSet(setKey, id, current)) return undefined;
  }
  // Claimed by others every time: publishing this set once more is harmless.
  return undefined;
}

/** The publication as stored; NotFoundError for an unknown id. Only reads: nothing moves here. */
export async function getPublication(ctx: Pick<PublishingContext, 'articles'>, id: string): Promise<Publication> {
  const publication = await ctx.articles.getPublication(id);
  if (!publication) throw new NotFoundError(publishingText('error.publicationNotFound'));
  return publication;
}

/** What editors are told about a publication: its stage in words and the time so far; no actor, no build id. */
export function publicationView(publication: Publication, now: Date) {
  const end = publication.finishedAt ?? (isFinal(publication.stage) ? publication.updatedAt : undefined);
  const elapsedMs = new Date(end ?? now).getTime() - new Date(publication.createdAt).getTime();
  return {
    id: publication.id,
    status: publication.status,
    stage: publication.stage,
    stageText: publishingText(`stage.${publication.stage}`),
    elapsedSeconds: Math.max(0, Math.round(elapsedMs / 1000)),
    items: publication.items,
    skipped: publication.skipped,
    ...(publication.message ? { message: publication.message } : {}),
  };
}
