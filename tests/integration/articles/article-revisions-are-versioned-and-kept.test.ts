import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VersionConflictError } from '../../../functions/shared/errors.ts';
import { createDocumentClient } from '../../../functions/shared/storage/client.ts';
import { createArticleStorage, type ArticleStorage } from '../../../functions/shared/storage/index.ts';
import { manualClock, startTestContext, type TestContext } from '../support/test-storage.ts';

let ctx: TestContext;
let articles: ArticleStorage;
const clock = manualClock();
const facts = { title: 'Sykehjem', area: 'mer-hjelp', reviewed: '2026-11-28', nextReview: '2027-11-28' };

beforeAll(async () => {
  ctx = await startTestContext({ now: clock.now });
  articles = createArticleStorage({
    client: createDocumentClient({ region: 'local', endpoint: ctx.env.DYNAMODB_ENDPOINT }),
    tableName: ctx.env.TABLE_NAME,
    contactRetentionDays: 180,
    now: clock.now,
  });
});
afterAll(async () => {
  articles?.close();
  await ctx?.close();
});

describe('article revisions in storage', () => {
  it('creates the first revision from version 0 and keeps who, when and why', async () => {
    const revision = await articles.saveRevision({
      slug: 'sykehjem',
      expectedVersion: 0,
      source: 'v1',
      actor: 'Kari',
      note: 'Ny pris',
      suggestionId: 's-1',
      facts,
    });
    expect(revision).toEqual({
      slug: 'sykehjem',
      version: 1,
      source: 'v1',
      actor: 'Kari',
      at: '2026-11-28T10:00:00.000Z',
      note: 'Ny pris',
      suggestionId: 's-1',
    });
    expect(await articles.getArticleHead('sykehjem')).toMatchObject({
      version: 1,
      liveVersion: 0,
      title: 'Sykehjem',
      latest: { source: 'v1' },
    });
  });

  it('refuses a save from a stale version with 409 and stores nothing', async () => {
    await expect(articles.saveRevision({ slug: 'sykehjem', expectedVersion: 0, source: 'stale', actor: 'Ola', facts })).rejects.toThrow(
      VersionConflictError,
    );
    expect((await articles.listRevisions('sykehjem')).map((revision) => revision.source)).toEqual(['v1']);
  });

  it('lets exactly one of two editors saving the same version win', async () => {
    clock.advance(60_000);
    const results = await Promise.allSettled([
      articles.saveRevision({ slug: 'sykehjem', expectedVersion: 1, source: 'Kari v2', actor: 'Kari', facts }),
      articles.saveRevision({ slug: 'sykehjem', expectedVersion: 1, source: 'Ola v2', actor: 'Ola', facts }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VersionConflictError);
    expect(rejected.reason.status).toBe(409);
    expect((await articles.listRevisions('sykehjem')).map((revision) => revision.version)).toEqual([2, 1]);
  });

  it('restores an old revision as a new one, keeping every revision', async () => {
    const old = await articles.getRevision('sykehjem', 1);
    const restored = await articles.saveRevision({
      slug: 'sykehjem',
      expectedVersion: 2,
      source: old!.source,
      actor: 'Kari',
      note: 'Tilbake til versjon 1',
      restoredFrom: 1,
      facts,
    });
    expect(restored).toMatchObject({ version: 3, source: 'v1', restoredFrom: 1 });
    expect((await articles.listRevisions('sykehjem')).map((revision) => revision.version)).toEqual([3, 2, 1]);
  });

  it('retires an article with its replacement, and lists it with the other heads', async () => {
    await articles.saveRevision({
      slug: 'gamlehjem',
      expectedVersion: 0,
      source: 'gammel',
      actor: 'Kari',
      facts: { ...facts, title: 'Gamlehjem' },
    });
    await articles.saveRevision({
      slug: 'gamlehjem',
      expectedVersion: 1,
      source: 'gammel',
      actor: 'Kari',
      retiredBy: 'sykehjem',
      note: 'Slått sammen',
      facts: { ...facts, title: 'Gamlehjem' },
    });
    const heads = await articles.listArticleHeads();
    expect(heads.map((head) => head.slug).sort()).toEqual(['gamlehjem', 'sykehjem']);
    expect(heads.find((head) => head.slug === 'gamlehjem')).toMatchObject({ version: 2, retiredBy: 'sykehjem' });
  });

  it('marks a version live only forwards', async () => {
    expect(await articles.markArticleLive('sykehjem', 2)).toBe(true);
    expect(await articles.markArticleLive('sykehjem', 1)).toBe(false);
    expect((await articles.getArticleHead('sykehjem'))!.liveVersion).toBe(2);
  });

  it('records a publication moving through its stages only forward, ignoring late and repeated reports', async () => {
    await articles.createPublication({ id: 'p-1', items: [{ slug: 'sykehjem', version: 3 }], skipped: [], actor: 'Kari' });
    expect(await articles.updatePublication('p-1', { buildId: 'b-1' })).toMatchObject({
      status: 'queued',
      stage: 'queued',
      buildId: 'b-1',
    });
    expect(await articles.updatePublication('p-1', { stage: 'site' })).toMatchObject({ status: 'building', stage: 'site' });
    expect(await articles.updatePublication('p-1', { stage: 'print' })).toMatchObject({ status: 'live', siteLiveAt: expect.any(String) });
    expect(await articles.updatePublication('p-1', { stage: 'site' })).toMatchObject({ stage: 'print' });
    expect(await articles.updatePublication('p-1', { stage: 'failed', message: 'for sent' })).toMatchObject({
      status: 'live',
      stage: 'print',
    });
    expect(await articles.updatePublication('p-1', { stage: 'done' })).toMatchObject({
      status: 'live',
      stage: 'done',
      finishedAt: expect.any(String),
    });
  });

  it('gives a repeated publication id the stored publication, not a second one', async () => {
    const first = await articles.createPublication({ id: 'p-2', items: [], skipped: [], actor: 'Kari' });
    const again = await articles.createPublication({ id: 'p-2', items: [{ slug: 'syn', version: 1 }], skipped: [], actor: 'Ola' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ publication: first.publication, created: false });
  });
});
