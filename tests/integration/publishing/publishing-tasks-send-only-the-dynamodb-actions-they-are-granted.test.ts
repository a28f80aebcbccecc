/**
 * The publishing functions that serve no route (the build's events, the publishing clock, the
 * deploy hook) are granted exactly the table actions publishingTasks lists in functions/routes.ts.
 * Each runs its domain function here on its busiest path, through a recording proxy, and every
 * action it sends must be on its list (and none on an index).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingTasks } from '../../../functions/routes.ts';
import {
  reportBuild,
  requestPublication,
  schedulePublication,
  tickPublishing,
  type PublishingContext,
} from '../../../functions/shared/publishing/publications.ts';
import type { PublicationBuild } from '../../../src/core/publishing/stages.ts';
import { startRecordingStoreProxy, type RecordingStoreProxy } from '../support/recording-store-proxy.ts';
import { manualClock } from '../support/test-storage.ts';
import { quickBuild, startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

let proxy: RecordingStoreProxy;
let moderation: ModerationServer;
let ctx: PublishingContext;
const clock = manualClock();
const started: PublicationBuild[] = [];

beforeAll(async () => {
  proxy = await startRecordingStoreProxy();
  moderation = await startModerationServer({
    storeEndpoint: (endpoint) => proxy.forwardTo(endpoint),
    buildSite: quickBuild,
    now: clock.now,
    // This test is the clock.
    publishingClock: false,
  });
  ctx = {
    ...moderation.server.context,
    articles: moderation.server.context.articles!,
    // The build service stands apart: only the table is measured.
    publisher: {
      start: async (build) => {
        started.push(build);
        return build.id;
      },
    },
  };
});
afterAll(async () => {
  await moderation?.close();
  await proxy?.close();
});

function expectOnly(task: keyof typeof publishingTasks): void {
  const sent = proxy.take();
  expect(sent.length).toBeGreaterThan(0);
  const granted: readonly string[] = publishingTasks[task].dynamodb;
  expect([...new Set(sent.map((entry) => entry.action))].filter((action) => !granted.includes(action))).toEqual([]);
  expect(sent.filter((entry) => entry.usesIndex)).toEqual([]);
}

/** A saved revision of `slug` answering a suggestion whose sender asked for an e-mail, published and building. */
async function buildingWithSuggestion(slug: string): Promise<PublicationBuild> {
  const suggestionId = await submit(moderation, {
    kind: 'correction',
    topic: 'sykehjem',
    text: 'Prisen er endret.',
    contact: { email: 'kari@example.no' },
    notify: true,
  });
  const source = `${(await readFile(`content/articles/${slug}.mdx`, 'utf8')).trimEnd()}\n\nRettet\n`;
  await moderation.api(`/api/moderation/articles/${slug}`, { method: 'PUT', json: { source, version: 0, suggestionId } });
  await requestPublication(ctx, { items: [{ slug, version: 1 }], actor: 'Kari', reason: 'editor' });
  return started.at(-1)!;
}

/** A council with an e-mail address asked about `version` of `slug`: going live ends its round and tells it. */
async function askCouncil(slug: string, version: number): Promise<void> {
  const created = (await (await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Eldrerådet' } })).json()) as {
    council: { id: string };
  };
  await moderation.api(`/api/moderation/councils/${created.council.id}`, { method: 'PATCH', json: { contactEmail: 'rad@example.no' } });
  const asked = await moderation.api(`/api/moderation/articles/${slug}/reviews`, {
    method: 'POST',
    json: { version, councils: [created.council.id], deadline: '2099-12-31' },
  });
  expect(asked.status).toBe(201);
}

describe('the publishing functions send only the DynamoDB actions they are granted', () => {
  it('buildEvents: the web pages live (revisions live, suggestions «Publisert», review rounds ended, e-mail), then the end starts the next build', async () => {
    const build = await buildingWithSuggestion('sykehjem');
    await askCouncil('sykehjem', 1);
    await requestPublication(ctx, { items: [], actor: 'Kari', reason: 'editor' });
    proxy.take();
    await reportBuild(ctx, build.id, { kind: 'site-live' });
    await reportBuild(ctx, build.id, { kind: 'printed' });
    expect(started.at(-1)).not.toBe(build);
    expectOnly('buildEvents');
    expect((await ctx.articles.listArticleReviews('sykehjem')).map((review) => review.publishedVersion)).toEqual([1]);
    await reportBuild(ctx, started.at(-1)!.id, { kind: 'printed' });
  });

  it('clock: a due schedule, a build past its time limit and what waits', async () => {
    const build = await buildingWithSuggestion('fastlege');
    await schedulePublication(ctx, clock.now());
    clock.advance(24 * 3_600_000);
    proxy.take();
    await tickPublishing(ctx);
    expect((await ctx.articles.getBuild(build.id))!.stage).toBe('failed');
    expectOnly('clock');
    await reportBuild(ctx, started.at(-1)!.id, { kind: 'printed' });
  });

  it('afterDeploy: a publication build asked for by a deploy', async () => {
    proxy.take();
    const publication = await requestPublication(ctx, { id: 'deploy-request-1', items: [], actor: 'Utrulling', reason: 'deploy' });
    expect(publication.stage).toBe('site');
    expectOnly('afterDeploy');
  });
});
