/**
 * «Publiser» on the local server while a build runs: stored and answered 202 `queued`, never a
 * 500; when the running build ends, one build takes everything that waited. Nobody asks for a
 * publication's status here: the builds complete them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteBuilder } from '../../../tools/local/site-builder.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;
/** The book each build was given, by slug. */
const built: Record<string, string>[] = [];
let release: () => void = () => undefined;
let gate: Promise<void> = Promise.resolve();
const hold = () => {
  gate = new Promise((resolve) => {
    release = resolve;
  });
};

/** Stands in for Astro: records the book, waits at the gate, then serves each article's source as its page. */
const gatedBuild: SiteBuilder = async (book, outDir) => {
  const sources: Record<string, string> = {};
  for (const slug of ['sykehjem', 'fastlege', 'syn', 'hjemmehjelp', 'trygghetsalarm'])
    sources[slug] = await readFile(join(book.articlesDir, `${slug}.mdx`), 'utf8');
  built.push(sources);
  await gate;
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
  for (const [slug, source] of Object.entries(sources)) {
    await mkdir(join(outDir, slug), { recursive: true });
    await writeFile(join(outDir, slug, 'index.html'), source);
  }
};

beforeAll(async () => {
  moderation = await startModerationServer({ buildSite: gatedBuild });
});
afterAll(() => moderation?.close());

async function save(slug: string, marker: string): Promise<void> {
  const { source, version } = (await (await moderation.api(`/api/moderation/articles/${slug}`)).json()) as {
    source: string;
    version: number;
  };
  const response = await moderation.api(`/api/moderation/articles/${slug}`, {
    method: 'PUT',
    json: { source: `${source.trimEnd()}\n\n${marker}\n`, version },
  });
  expect(response.status).toBe(200);
}
const publish = (slugs: string[], headers: Record<string, string> = {}) =>
  moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs }, headers });
const publication = (id: string) => moderation.server.context.articles!.getPublication(id);
const page = (slug: string) => readFile(join(moderation.server.siteDir(), slug, 'index.html'), 'utf8');

describe('publishing while a build runs', () => {
  it('stores a second and third «Publiser» as queued (202, no 500), and one build then takes both on top of the first', async () => {
    hold();
    await save('sykehjem', 'Endring A');
    await save('fastlege', 'Endring B');
    await save('syn', 'Endring C');
    const first = await publish(['sykehjem']);
    expect(first.status).toBe(202);
    const a = (await first.json()) as { id: string; status: string; stage: string; stageText: string };
    expect(a).toMatchObject({ status: 'building', stage: 'site', stageText: 'Bygger nettsidene' });

    // Two editors in the same second, while A builds.
    const [second, third] = await Promise.all([publish(['fastlege']), publish(['syn'])]);
    expect([second.status, third.status]).toEqual([202, 202]);
    const b = (await second.json()) as { id: string; status: string; stageText: string };
    const c = (await third.json()) as { id: string; status: string };
    expect(b).toMatchObject({ status: 'queued', stageText: 'I kø' });
    expect(c.status).toBe('queued');

    release();
    await moderation.server.publishingIdle();
    expect(built).toHaveLength(2);
    expect(built[1]!.sykehjem).toContain('Endring A');
    expect(built[1]!.fastlege).toContain('Endring B');
    expect(built[1]!.syn).toContain('Endring C');
    for (const id of [a.id, b.id, c.id]) expect(await publication(id)).toMatchObject({ status: 'live', stage: 'done' });
    expect(await page('sykehjem')).toContain('Endring A');
    expect(await page('syn')).toContain('Endring C');
  });

  it('gives a repeated request with the same Idempotency-Key the same publication, and builds it once', async () => {
    hold();
    await save('hjemmehjelp', 'Endring D');
    const builds = built.length;
    const key = { 'idempotency-key': 'publiser-hjemmehjelp-1' };
    const [once, again] = await Promise.all([publish(['hjemmehjelp'], key), publish(['hjemmehjelp'], key)]);
    expect([once.status, again.status]).toEqual([202, 202]);
    const first = (await once.json()) as { id: string };
    expect(((await again.json()) as { id: string }).id).toBe(first.id);
    release();
    await moderation.server.publishingIdle();
    expect(built).toHaveLength(builds + 1);
    // Repeated after it went live: still the same publication, not «nothing to publish».
    const late = await publish(['hjemmehjelp'], key);
    expect(late.status).toBe(202);
    expect(await late.json()).toMatchObject({ id: first.id, status: 'live', stage: 'done', stageText: 'Ferdig' });
  });

  it('gives the same set of revisions asked for again while it is pending the pending publication', async () => {
    hold();
    await save('sykehjem', 'Endring E');
    const running = (await (await publish(['sykehjem'])).json()) as { id: string };
    await save('trygghetsalarm', 'Endring F');
    const first = (await (await publish(['trygghetsalarm'])).json()) as { id: string; status: string };
    const second = (await (await publish(['trygghetsalarm'])).json()) as { id: string };
    expect(first.status).toBe('queued');
    expect(second.id).toBe(first.id);
    release();
    await moderation.server.publishingIdle();
    for (const id of [running.id, first.id]) expect(await publication(id)).toMatchObject({ stage: 'done' });
    expect(await page('trygghetsalarm')).toContain('Endring F');
  });

  it('refuses a malformed Idempotency-Key with a clear 400', async () => {
    const response = await publish(['sykehjem'], { 'idempotency-key': 'x'.repeat(65) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid-idempotency-key' } });
  });
});
