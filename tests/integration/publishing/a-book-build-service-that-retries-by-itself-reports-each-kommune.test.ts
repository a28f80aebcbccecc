/**
 * The publishing domain as AWS runs a book of several kommuner: a build service that retries a
 * failed kommune by itself (the fan-out's Map) and reports each kommune's builds through their
 * events, with the kommune and the attempt, and a kommune whose last attempt failed through the
 * Catch. A failed attempt that the service will retry changes nothing; the later attempt moves the
 * kommune on; a repeated or late report changes nothing either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportBuild, requestPublication, type PublishingContext } from '../../../functions/shared/publishing/publications.ts';
import { createArticleStorage } from '../../../functions/shared/storage/index.ts';
import { createDocumentClient } from '../../../functions/shared/storage/client.ts';
import { KOMMUNE_ATTEMPTS, type PublicationBuild } from '../../../src/core/publishing/stages.ts';
import { startTestContext, type TestContext } from '../support/test-storage.ts';

let test: TestContext;
let ctx: PublishingContext;
const started: PublicationBuild[] = [];
const failed = { kind: 'failed', message: 'Bygget feilet' } as const;

beforeAll(async () => {
  test = await startTestContext();
  const articles = createArticleStorage({
    client: createDocumentClient({ region: 'local', endpoint: test.env.DYNAMODB_ENDPOINT }),
    tableName: test.env.TABLE_NAME,
    contactRetentionDays: 180,
  });
  ctx = {
    ...test,
    articles,
    // Like the fan-out: knows the book's kommuner, retries by itself (no retryKommune).
    publisher: { kommuner: ['levanger', 'verdal'], start: async (build) => (started.push(build), `execution:${build.id}`) },
  };
});
afterAll(async () => {
  ctx.articles.close();
  await test.close();
});

describe('a build service that retries each kommune by itself', () => {
  it('moves a kommune only on its later attempt, and ends the publication when every kommune has ended', async () => {
    const publication = await requestPublication(ctx, { items: [], actor: 'Kari', reason: 'editor' });
    const build = started.at(-1)!;
    expect(Object.keys(build.kommuner!)).toEqual(['levanger', 'verdal']);

    await reportBuild(ctx, build.id, { kind: 'site-live' }, { id: 'levanger', attempt: 1 });
    await reportBuild(ctx, build.id, { kind: 'printed' }, { id: 'levanger', attempt: 1 });
    // Verdal's first attempt fails; the service tries again by itself, so nothing is recorded.
    await reportBuild(ctx, build.id, failed, { id: 'verdal', attempt: 1 });
    expect((await ctx.articles.getBuild(build.id))?.kommuner?.verdal).toEqual({ stage: 'queued', attempt: 1 });
    expect((await ctx.articles.getPublication(publication.id))?.stage).toBe('site');

    await reportBuild(ctx, build.id, { kind: 'site-live' }, { id: 'verdal', attempt: 2 });
    expect((await ctx.articles.getPublication(publication.id))?.status).toBe('live');
    await reportBuild(ctx, build.id, { kind: 'printed' }, { id: 'verdal', attempt: 2 });
    // A late report of the first attempt changes nothing.
    await reportBuild(ctx, build.id, failed, { id: 'verdal', attempt: 1 });
    expect((await ctx.articles.getBuild(build.id))?.kommuner).toEqual({
      levanger: { stage: 'done', attempt: 1 },
      verdal: { stage: 'done', attempt: 2 },
    });
    expect(await ctx.articles.getPublication(publication.id)).toMatchObject({ status: 'live', stage: 'done' });
  });

  it('records a kommune failed when its last attempt fails (the Catch), and the publication ends without it', async () => {
    const publication = await requestPublication(ctx, { items: [], actor: 'Kari', reason: 'editor' });
    const build = started.at(-1)!;
    await reportBuild(ctx, build.id, { kind: 'site-live' }, { id: 'levanger', attempt: 1 });
    await reportBuild(ctx, build.id, { kind: 'printed' }, { id: 'levanger', attempt: 1 });
    await reportBuild(ctx, build.id, failed, { id: 'verdal', attempt: KOMMUNE_ATTEMPTS });
    // The Catch and the last build's own event both say so: once is enough.
    await reportBuild(ctx, build.id, failed, { id: 'verdal', attempt: KOMMUNE_ATTEMPTS });
    expect((await ctx.articles.getBuild(build.id))?.kommuner?.verdal).toMatchObject({ stage: 'failed', attempt: KOMMUNE_ATTEMPTS });
    const ended = await ctx.articles.getPublication(publication.id);
    expect(ended).toMatchObject({ status: 'live', stage: 'print-failed' });
    expect(ended?.message).toContain('verdal');
  });
});
