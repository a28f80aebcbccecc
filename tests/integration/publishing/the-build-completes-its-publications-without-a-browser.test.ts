/**
 * The publishing domain as AWS runs it: a build service that, like CodeBuild with one concurrent
 * build, refuses to start while it is busy, and a build that reports its stages (EventBridge's
 * part) – never an editor's browser asking about a publication.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  publicationView,
  reportBuild,
  requestPublication,
  schedulePublication,
  tickPublishing,
  type PublishingContext,
} from '../../../functions/shared/publishing/publications.ts';
import { publishedBook, storedContent } from '../../../functions/shared/publishing/published-book.ts';
import { createArticleStorage } from '../../../functions/shared/storage/index.ts';
import { createDocumentClient } from '../../../functions/shared/storage/client.ts';
import type { PublicationBuild } from '../../../src/core/publishing/stages.ts';
import { BUILD_TIME_LIMIT_MINUTES, QUEUE_TIME_LIMIT_MINUTES } from '../../../src/core/publishing/stages.ts';
import { manualClock, startTestContext, type TestContext } from '../support/test-storage.ts';

const clock = manualClock();
let test: TestContext;
let ctx: PublishingContext;
/** The stand-in for CodeBuild: the builds it accepted, and whether it refuses the next start. */
const service = { started: [] as PublicationBuild[], busy: false };
const git = { sources: {} as Record<string, string> };

beforeAll(async () => {
  test = await startTestContext({ now: clock.now });
  const articles = createArticleStorage({
    client: createDocumentClient({ region: 'local', endpoint: test.env.DYNAMODB_ENDPOINT }),
    tableName: test.env.TABLE_NAME,
    contactRetentionDays: 180,
    now: clock.now,
  });
  ctx = {
    ...test,
    articles,
    publisher: {
      start: async (build) => {
        if (service.busy)
          throw Object.assign(new Error('project is at its concurrent build limit'), { name: 'AccountLimitExceededException' });
        service.started.push(build);
        return `codebuild:${build.id}`;
      },
    },
  };
  for (const slug of ['sykehjem', 'fastlege', 'syn']) git.sources[slug] = await readFile(`content/articles/${slug}.mdx`, 'utf8');
});
afterAll(async () => {
  ctx.articles.close();
  await test.close();
});

const facts = { title: 'T', area: 'helse', reviewed: '2026-11-28', nextReview: '2027-11-28' };
/** Saves a new revision of `slug` whose text carries `marker`; resolves its version. */
async function edit(slug: string, marker: string): Promise<number> {
  const head = await ctx.articles.getArticleHead(slug);
  const source = `${git.sources[slug]!.trimEnd()}\n\n${marker}\n`;
  return (await ctx.articles.saveRevision({ slug, expectedVersion: head?.version ?? 0, source, actor: 'Kari', facts })).version;
}
const publish = async (slug: string, version: number) =>
  requestPublication(ctx, { items: [{ slug, version }], actor: 'Kari', reason: 'editor' });
const stageOf = async (id: string) => (await ctx.articles.getPublication(id))!.stage;
const lastBuild = () => service.started.at(-1)!;
const bookOf = (build: PublicationBuild) => publishedBook(git, storedContent(ctx.articles), build);

describe('a publication in AWS', () => {
  it('publish A, nobody looks, publish B: the build reports make both live, and B’s book has A in it', async () => {
    const a = await publish('sykehjem', await edit('sykehjem', 'Tekst A'));
    expect(a.stage).toBe('site');
    const buildA = lastBuild();
    const b = await publish('fastlege', await edit('fastlege', 'Tekst B'));
    // A's build runs: B is stored and waits.
    expect(b.stage).toBe('queued');
    expect(service.started).toHaveLength(1);

    await reportBuild(ctx, buildA.id, { kind: 'site-live' });
    expect(await stageOf(a.id)).toBe('print');
    expect((await ctx.articles.getArticleHead('sykehjem'))!.liveVersion).toBe(1);
    await reportBuild(ctx, buildA.id, { kind: 'printed' });
    expect(await stageOf(a.id)).toBe('done');

    // A's end started the next build, which takes B – on top of A, now live.
    const buildB = lastBuild();
    expect(buildB.publications).toEqual([b.id]);
    const book = await bookOf(buildB);
    expect(book.sources.sykehjem).toContain('Tekst A');
    expect(book.sources.fastlege).toContain('Tekst B');
    await reportBuild(ctx, buildB.id, { kind: 'printed' });
    expect(await stageOf(b.id)).toBe('done');
    expect((await ctx.articles.getArticleHead('fastlege'))!.liveVersion).toBe(1);
  });

  it('a build refused as busy leaves its publications waiting, and the clock starts them; reports repeated or late change nothing', async () => {
    const a = await publish('syn', await edit('syn', 'Tekst C'));
    const buildA = lastBuild();
    const b = await publish('sykehjem', await edit('sykehjem', 'Tekst D'));
    await reportBuild(ctx, buildA.id, { kind: 'site-live' });
    // CodeBuild still counts A's build when its end starts B's: refused, so B waits.
    service.busy = true;
    await reportBuild(ctx, buildA.id, { kind: 'printed' });
    expect(await stageOf(b.id)).toBe('queued');
    expect((await ctx.articles.getQueue()).waiting).toEqual([b.id]);

    service.busy = false;
    await tickPublishing(ctx);
    const buildB = lastBuild();
    expect(buildB.publications).toEqual([b.id]);
    expect(await stageOf(b.id)).toBe('site');

    // EventBridge may deliver late, twice or out of order.
    await reportBuild(ctx, buildB.id, { kind: 'printed' });
    await reportBuild(ctx, buildB.id, { kind: 'site-live' });
    await reportBuild(ctx, buildB.id, { kind: 'failed', message: 'sen melding' });
    await reportBuild(ctx, buildA.id, { kind: 'failed', message: 'sen melding' });
    expect(await stageOf(a.id)).toBe('done');
    expect(await ctx.articles.getPublication(b.id)).toMatchObject({ stage: 'done', status: 'live' });
    expect((await ctx.articles.getArticleHead('sykehjem'))!.liveVersion).toBe(2);
  });

  it('one build takes every waiting publication, and the newest revision of an article wins', async () => {
    const running = await publish('syn', await edit('syn', 'Tekst E'));
    const first = lastBuild();
    const older = await publish('fastlege', await edit('fastlege', 'Tekst F'));
    const other = await publish('sykehjem', await edit('sykehjem', 'Tekst G'));
    const newer = await publish('fastlege', await edit('fastlege', 'Tekst H'));
    await reportBuild(ctx, first.id, { kind: 'printed' });
    const next = lastBuild();
    expect(next.publications).toEqual([older.id, other.id, newer.id]);
    expect(next.items).toEqual([
      { slug: 'fastlege', version: 3 },
      { slug: 'sykehjem', version: 3 },
    ]);
    await reportBuild(ctx, next.id, { kind: 'printed' });
    for (const id of [running.id, older.id, other.id, newer.id]) expect(await stageOf(id)).toBe('done');
    expect((await ctx.articles.getArticleHead('fastlege'))!.liveVersion).toBe(3);
  });

  it('never puts an older waiting revision over a newer live one', async () => {
    const v4 = await edit('fastlege', 'Tekst I');
    const v5 = await edit('fastlege', 'Tekst J');
    const newest = await publish('fastlege', v5);
    const build = lastBuild();
    const older = await publish('fastlege', v4);
    await reportBuild(ctx, build.id, { kind: 'printed' });
    const book = await bookOf(lastBuild());
    expect(book.sources.fastlege).toContain('Tekst J');
    await reportBuild(ctx, lastBuild().id, { kind: 'printed' });
    expect(await stageOf(newest.id)).toBe('done');
    expect(await stageOf(older.id)).toBe('done');
    expect((await ctx.articles.getArticleHead('fastlege'))!.liveVersion).toBe(v5);
  });

  it('a build whose web pages went live but whose print failed leaves them live and says so', async () => {
    const publication = await publish('syn', await edit('syn', 'Tekst K'));
    await reportBuild(ctx, lastBuild().id, { kind: 'failed', message: 'POST_BUILD' });
    expect(await stageOf(publication.id)).toBe('failed');
    const next = await publish('syn', await edit('syn', 'Tekst L'));
    await reportBuild(ctx, lastBuild().id, { kind: 'site-live' });
    await reportBuild(ctx, lastBuild().id, { kind: 'failed', message: 'skriveren stoppet' });
    const view = publicationView((await ctx.articles.getPublication(next.id))!, clock.now());
    expect(view).toMatchObject({ status: 'live', stage: 'print-failed', message: expect.stringContaining('Den forrige utgaven') });
  });
});

describe('the publishing clock', () => {
  it('marks a build that never reports failed after the time limit, and editors see why; the next one then starts', async () => {
    const lost = await publish('syn', await edit('syn', 'Tekst M'));
    const waiting = await publish('sykehjem', await edit('sykehjem', 'Tekst N'));
    clock.advance((BUILD_TIME_LIMIT_MINUTES - 1) * 60_000);
    await tickPublishing(ctx);
    expect(await stageOf(lost.id)).toBe('site');
    clock.advance(2 * 60_000);
    await tickPublishing(ctx);
    const view = publicationView((await ctx.articles.getPublication(lost.id))!, clock.now());
    expect(view).toMatchObject({
      status: 'failed',
      stageText: 'Feilet',
      message: expect.stringContaining(`${BUILD_TIME_LIMIT_MINUTES} minutter`),
    });
    expect(lastBuild().publications).toEqual([waiting.id]);
    await reportBuild(ctx, lastBuild().id, { kind: 'printed' });
  });

  it('fails a publication that waited past the queue limit because no build would start', async () => {
    service.busy = true;
    const stuck = await publish('syn', await edit('syn', 'Tekst O'));
    expect(stuck.stage).toBe('queued');
    clock.advance((QUEUE_TIME_LIMIT_MINUTES + 1) * 60_000);
    await tickPublishing(ctx);
    expect(await ctx.articles.getPublication(stuck.id)).toMatchObject({
      stage: 'failed',
      message: expect.stringContaining('kom aldri i gang'),
    });
    expect((await ctx.articles.getQueue()).waiting).toEqual([]);
    service.busy = false;
  });

  it('completes the end of a build a crash cut short: its publications end, and the next build starts', async () => {
    const ended = await publish('syn', await edit('syn', 'Tekst P'));
    const waiting = await publish('sykehjem', await edit('sykehjem', 'Tekst Q'));
    // A crash between the build's end and the queue's release.
    await ctx.articles.updateBuild(lastBuild().id, { stage: 'failed', message: 'krasj' });
    expect((await ctx.articles.getQueue()).running).toBe(lastBuild().id);
    await tickPublishing(ctx);
    expect(lastBuild().publications).toEqual([waiting.id]);
    expect(await ctx.articles.getPublication(ended.id)).toMatchObject({ stage: 'failed', message: 'krasj' });
    await reportBuild(ctx, lastBuild().id, { kind: 'printed' });
    expect(await stageOf(waiting.id)).toBe('done');
  });

  it('starts a scheduled publication when its time comes, once, and it completes like any other', async () => {
    const schedule = await schedulePublication(ctx, new Date(clock.now().getTime() + 5 * 60_000));
    await tickPublishing(ctx);
    expect(await ctx.articles.getPublication(`schedule-${schedule.id}`)).toBeUndefined();
    clock.advance(6 * 60_000);
    await tickPublishing(ctx);
    await tickPublishing(ctx);
    const build = lastBuild();
    expect(build.publications).toEqual([`schedule-${schedule.id}`]);
    expect(service.started.filter((started) => started.publications.includes(`schedule-${schedule.id}`))).toHaveLength(1);
    await reportBuild(ctx, build.id, { kind: 'printed' });
    expect(await ctx.articles.getPublication(`schedule-${schedule.id}`)).toMatchObject({
      stage: 'done',
      reason: 'schedule',
      actor: 'Tidsstyrt publisering',
    });
  });
});
