/**
 * The publication build runs whatever the articles make Astro run, so it gets the least it needs:
 * it reads only the partitions of the book (publicationBuild.partitions, which the CDK app turns
 * into the build role's dynamodb:LeadingKeys condition) – never a suggestion or its contact data.
 * Here the build's own reads go over the wire through a recording proxy, against a store that holds
 * suggestions with contact data, reviews and publications.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullPublished } from '../../../tools/build/pull-published.ts';
import { publicationBuild } from '../../../functions/routes.ts';
import { createDocumentClient } from '../../../functions/shared/storage/client.ts';
import { createArticleStorage, createFactStorage } from '../../../functions/shared/storage/index.ts';
import { readFactFiles } from '../../../src/core/municipality.ts';
import { startRecordingStoreProxy, type RecordingStoreProxy } from '../support/recording-store-proxy.ts';
import { publishArticle, quickBuild, startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

let proxy: RecordingStoreProxy;
let moderation: ModerationServer;
let endpoint = '';
const bookDir = mkdtempSync(join(tmpdir(), 'abc-build-reads-'));

/** IAM's StringLike: `*` is any run of characters. */
const like = (pattern: string, value: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(value);
const allowed = (key: string) => publicationBuild.partitions.some((pattern) => like(pattern, key));

beforeAll(async () => {
  proxy = await startRecordingStoreProxy();
  moderation = await startModerationServer({
    storeEndpoint: (embedded) => (endpoint = proxy.forwardTo(embedded)),
    buildSite: quickBuild,
    // Only the build's reads are recorded, not the publishing clock's.
    publishingClock: false,
  });
  const suggestionId = await submit(moderation, {
    kind: 'correction',
    topic: 'syn',
    text: 'Synstest er gratis for eldre?',
    contact: { name: 'Ola Nordmann', email: 'ola@example.no' },
  });
  await publishArticle(moderation, 'syn', { suggestionId });
  const council = (await (await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Eldrerådet' } })).json()) as {
    council: { id: string };
  };
  await moderation.api('/api/moderation/articles/syn/reviews', {
    method: 'POST',
    json: { version: 1, councils: [council.council.id], deadline: '2099-12-31' },
  });
});
afterAll(async () => {
  await moderation?.close();
  await proxy?.close();
  rmSync(bookDir, { recursive: true, force: true });
});

describe('the publication build', () => {
  it('reads only the partitions of the book, never a suggestion or its contact', async () => {
    const source = `${(await readFile('content/articles/fastlege.mdx', 'utf8')).trimEnd()}\n\nNy tekst\n`;
    await moderation.api('/api/moderation/articles/fastlege', { method: 'PUT', json: { source, version: 0 } });
    const kultur = (await (await moderation.api('/api/moderation/facts/kultur')).json()) as { value: object };
    await moderation.api('/api/moderation/facts/kultur', {
      method: 'PUT',
      json: { value: { ...kultur.value, email: 'kultur@example.no' }, version: 0 },
    });
    const { id } = (await (
      await moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs: ['fastlege'], facts: ['kultur'] } })
    ).json()) as { id: string };
    await moderation.server.publishingIdle();
    const buildId = (await moderation.server.context.articles!.getPublication(id))!.buildId!;

    const options = {
      client: createDocumentClient({ region: 'local', endpoint }),
      tableName: moderation.server.context.env.TABLE_NAME,
      contactRetentionDays: 180,
    };
    const articles = createArticleStorage(options);
    const { files } = readFactFiles((path) => readFileSync(path, 'utf8'), {});
    proxy.take();
    const git = { sources: { fastlege: source.replace('Ny tekst', '') }, facts: files };
    const pulled = await pullPublished(articles, createFactStorage(options), git, buildId, bookDir);
    articles.close();
    expect(await readFile(join(pulled.articlesDir, 'fastlege.mdx'), 'utf8')).toContain('Ny tekst');
    expect(await readFile(join(pulled.articlesDir, 'syn.mdx'), 'utf8')).toContain('title:');
    const municipality = JSON.parse(await readFile(join(pulled.factsDir!, 'municipality.json'), 'utf8')) as {
      services: Record<string, { email?: string }>;
    };
    expect(municipality.services.kultur?.email).toBe('kultur@example.no');

    const reads = proxy.take();
    expect(reads.length).toBeGreaterThan(0);
    expect(
      [...new Set(reads.map((read) => read.action))].filter((action) => !(publicationBuild.dynamodb as readonly string[]).includes(action)),
    ).toEqual([]);
    expect(reads.filter((read) => read.leadingKey === undefined || !allowed(read.leadingKey))).toEqual([]);
    expect(reads.some((read) => read.usesIndex)).toBe(false);
  });

  it('has no partition pattern that reaches a suggestion or its contact item', () => {
    const kommuneOwn = ['SUGGESTION#3f1c', 'SUGGESTION#', 'OUTBOX', 'COUNCILS', 'COUNCILCODE#ab', 'PAGE#/syn/', 'FEEDBACK', 'ORDER#o1'];
    for (const key of [...kommuneOwn, ...kommuneOwn.map((own) => `KOMMUNE#verdal#${own}`), 'RATE#x']) expect(allowed(key), key).toBe(false);
  });
});
