/**
 * The CDK app grants each route's function exactly the DynamoDB actions its entry in
 * functions/routes.ts lists. Here every route is exercised on its successful paths, and every
 * action it sends over the wire must be on its list — so a new QueryCommand fails this test
 * locally instead of failing with AccessDenied in AWS.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteBuilder } from '../../functions/local/site-builder.ts';
import { routes, type Route } from '../../functions/routes.ts';
import { startModerationServer, submit, type ModerationServer } from './support/moderation-server.ts';
import { startRecordingStoreProxy, type RecordingStoreProxy } from './support/recording-store-proxy.ts';
import { writeSearchSite } from '../fixtures/search-site.ts';

/** Seeding the route needs (not measured), then requests that succeed on the route (measured). */
type Scenario = { seed?: () => Promise<string>; send: (seeded: string) => Promise<Response[]> };

let proxy: RecordingStoreProxy;
let moderation: ModerationServer;

const api: ModerationServer['api'] = (path, init) => moderation.api(path, init);
const newSuggestion = () => submit(moderation, { kind: 'correction', topic: 'sykehjem', text: 'Prisen på sykehjem er endret i år.', contact: { email: 'kari@example.no' } });
const newCouncil = async () => {
  const response = await api('/api/moderation/councils', { method: 'POST', json: { name: `Rådet ${Math.random()}` } });
  return ((await response.json()) as { council: { id: string } }).council.id;
};
const councilSuggestion = { kind: 'question', text: 'Fra rådet: hvem betaler?' };
const saveGitText = async (slug: string) =>
  api(`/api/moderation/articles/${slug}`, { method: 'PUT', json: { source: await readFile(`content/articles/${slug}.mdx`, 'utf8'), version: 0, note: 'Gjennomgått' } });
const publishedAndLive = async () => {
  await saveGitText('hjemmehjelp');
  const { id } = (await (await api('/api/moderation/publish', { method: 'POST', json: { slugs: ['hjemmehjelp'] } })).json()) as { id: string };
  await moderation.server.publishingIdle();
  await api(`/api/moderation/publish/${id}`);
  return id;
};
/** Publishing's build stands in for Astro here: only the store traffic is measured. */
const quickBuild: SiteBuilder = async (_book, outDir) => {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
};

const scenarios: Record<string, Scenario> = {
  'POST /api/suggestions': {
    send: async () => [
      await api('/api/suggestions', { method: 'POST', token: null, json: { kind: 'question', text: 'Hvem betaler for trygghetsalarmen?', contact: { phone: '12345678' } } }),
      await api('/api/suggestions', { method: 'POST', token: null, json: { ...councilSuggestion, councilCode: moderation.server.demoCouncilCode }, headers: { 'idempotency-key': `k-${Math.random()}` } }),
    ],
  },
  'POST /api/feedback': {
    send: async () => {
      const answered = await api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: true } });
      const { answer } = (await answered.clone().json()) as { answer: string };
      return [
        answered,
        await api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: true, comment: 'Savner pris.', answer } }),
        await api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: false, comment: 'Savner pris.' } }),
      ];
    },
  },
  'GET /api/sok': { send: async () => [await api('/api/sok?q=sykehjem+pris', { token: null })] },
  'GET /api/health': { send: async () => [await api('/api/health', { token: null })] },
  'GET /api/public/answers': { send: async () => [await api('/api/public/answers', { token: null })] },
  'GET /api/moderation/suggestions': { send: async () => [await api('/api/moderation/suggestions?status=new&limit=1'), await api('/api/moderation/suggestions?kind=question')] },
  'GET /api/moderation/counts': { send: async () => [await api('/api/moderation/counts')] },
  'GET /api/moderation/suggestions/{id}': { seed: newSuggestion, send: async (id) => [await api(`/api/moderation/suggestions/${id}`)] },
  'PATCH /api/moderation/suggestions/{id}': {
    seed: newSuggestion,
    send: async (id) => [
      await api(`/api/moderation/suggestions/${id}`, { method: 'PATCH', json: { version: 1, status: 'in-review' } }),
      await api(`/api/moderation/suggestions/${id}`, { method: 'PATCH', json: { version: 2, status: 'rejected', public: true, publicAnswer: 'Prisen står nå i boka.' } }),
    ],
  },
  'DELETE /api/moderation/suggestions/{id}/contact': { seed: newSuggestion, send: async (id) => [await api(`/api/moderation/suggestions/${id}/contact`, { method: 'DELETE' })] },
  'GET /api/moderation/suggestions/{id}/draft': { seed: newSuggestion, send: async (id) => [await api(`/api/moderation/suggestions/${id}/draft`)] },
  'GET /api/moderation/suggestions/{id}/archive': {
    seed: newSuggestion,
    send: async (id) => [await api(`/api/moderation/suggestions/${id}/archive`), await api(`/api/moderation/suggestions/${id}/archive?contact=true`)],
  },
  'GET /api/moderation/export': { seed: newSuggestion, send: async () => [await api('/api/moderation/export'), await api('/api/moderation/export?contact=true')] },
  'GET /api/moderation/councils': { send: async () => [await api('/api/moderation/councils')] },
  'POST /api/moderation/councils': { send: async () => [await api('/api/moderation/councils', { method: 'POST', json: { name: `Brukerrådet ${Math.random()}` } })] },
  'POST /api/moderation/councils/{id}/code': { seed: newCouncil, send: async (id) => [await api(`/api/moderation/councils/${id}/code`, { method: 'POST' })] },
  'DELETE /api/moderation/councils/{id}/code': { seed: newCouncil, send: async (id) => [await api(`/api/moderation/councils/${id}/code`, { method: 'DELETE' })] },
  'GET /api/moderation/feedback': { send: async () => [await api('/api/moderation/feedback')] },
  'GET /api/moderation/feedback/page': { send: async () => [await api('/api/moderation/feedback/page?page=/sykehjem/')] },
  'GET /api/moderation/articles': { seed: () => saveGitText('syn').then(() => ''), send: async () => [await api('/api/moderation/articles')] },
  'GET /api/moderation/articles/{slug}': { seed: () => saveGitText('horsel').then(() => ''), send: async () => [await api('/api/moderation/articles/horsel'), await api('/api/moderation/articles/horsel?version=1')] },
  'PUT /api/moderation/articles/{slug}': { seed: newSuggestion, send: async (id) => [await saveGitText('fastlege'), await api('/api/moderation/articles/fastlege', { method: 'PUT', json: { source: await readFile('content/articles/fastlege.mdx', 'utf8'), version: 1, suggestionId: id, restoredFrom: 1 } })] },
  'GET /api/moderation/articles/{slug}/revisions': { seed: () => saveGitText('tannhelse').then(() => ''), send: async () => [await api('/api/moderation/articles/tannhelse/revisions')] },
  'POST /api/moderation/publish': {
    seed: () => saveGitText('vaksiner').then(() => ''),
    send: async () => {
      const response = await api('/api/moderation/publish', { method: 'POST', json: { slugs: ['vaksiner'] } });
      await moderation.server.publishingIdle();
      return [response];
    },
  },
  'GET /api/moderation/publish/{id}': { seed: publishedAndLive, send: async (id) => [await api(`/api/moderation/publish/${id}`)] },
};

const key = (route: Route) => `${route.method} ${route.path}`;

let searchSite: string;

beforeAll(async () => {
  proxy = await startRecordingStoreProxy();
  searchSite = writeSearchSite();
  moderation = await startModerationServer({ storeEndpoint: (endpoint) => proxy.forwardTo(endpoint), buildSite: quickBuild, distDir: searchSite });
  await moderation.api('/api/feedback', { method: 'POST', token: null, json: { page: '/sykehjem/', useful: true } });
});

afterAll(async () => {
  await moderation?.close();
  await proxy?.close();
  rmSync(searchSite, { recursive: true, force: true });
});

describe('each route sends only the DynamoDB actions it is granted', () => {
  it('has a scenario for every route in the table', () => {
    expect(routes.map(key).filter((name) => !(name in scenarios))).toEqual([]);
  });

  describe.each(routes.map((route) => [key(route), route] as const))('%s', (name, route) => {
    it('succeeds using only the actions (and indexes) its table entry lists', async () => {
      const scenario = scenarios[name];
      if (!scenario) throw new Error(`no scenario for ${name}`);
      const seeded = scenario.seed ? await scenario.seed() : '';
      proxy.take();
      for (const response of await scenario.send(seeded)) expect(response.status, `${name} answered ${response.status}: ${await response.clone().text()}`).toBeLessThan(400);
      const sent = proxy.take();
      if (route.dynamodb.length === 0) expect(sent, `${name} needs no table`).toEqual([]);
      else expect(sent.length, 'the scenario reached the store').toBeGreaterThan(0);
      const granted: readonly string[] = route.dynamodb;
      expect([...new Set(sent.map((entry) => entry.action))].filter((action) => !granted.includes(action))).toEqual([]);
      if (!route.usesIndexes) expect(sent.filter((entry) => entry.usesIndex)).toEqual([]);
    });
  });
});
