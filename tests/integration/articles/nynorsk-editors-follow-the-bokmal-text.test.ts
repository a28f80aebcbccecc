/**
 * The editors of a nynorsk kommune edit the nynorsk texts, with revisions of their own. When the
 * bokmål text of an article is published in a newer version, their list marks the nynorsk text
 * «eldre enn bokmålsteksten» with the bokmål's diff and names the change under «Nynorsk må
 * oppdaterast» – state in the table, so it holds after a restart – until the nynorsk is saved with
 * «Oppdatert etter bokmålsteksten». Through the API on dynalite, one data directory: a bokmål
 * server publishes, then a nynorsk server starts on the same data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitBlobHash } from '../../../functions/shared/book/blob-hash.ts';
import type { ArticleSummary, TranslationDueItem, TranslationStatus } from '../../../src/core/articles/types.ts';
import { pullContent } from '../../../tools/local/content-pull.ts';
import type { SiteBuilder } from '../../../tools/local/site-builder.ts';
import { publishArticle, publishSaved, startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'abc-nynorsk-editors-'));
const ADDED = 'Spør gjerne kommunen om hjelp til søknaden.';
const bokmalGit = await readFile('content/articles/sykehjem.mdx', 'utf8');
const bokmalNew = `${bokmalGit.trimEnd()}\n- ${ADDED}\n`;
const nynorskGit = await readFile('content/articles/nn/sykehjem.mdx', 'utf8');
const NYNORSK_ADDED = 'Spør gjerne kommunen om hjelp til søknaden.';
const nynorskNew = `${nynorskGit.trimEnd()}\n- ${NYNORSK_ADDED}\n`;

/** A national article new in bokmål, made from a real one (new title and everyday words, so it passes the content rules). */
const NEW_ARTICLE = (await readFile('content/articles/trygghetsalarm.mdx', 'utf8'))
  .replace(/^title: .*$/m, 'title: Trygg i eget hjem')
  .replace(/^aliases:[\s\S]*?(?=^related:)/m, 'aliases: [trygg hjemme, bo trygt alene, eget hjem trygt]\n');

/** What each build wrote as the nynorsk sykehjem text: the file the build of a nynorsk kommune reads. */
const builtNynorsk: string[] = [];
const recordingBuild: SiteBuilder = async (book, outDir) => {
  builtNynorsk.push(await readFile(join(book.articlesDir, 'nn', 'sykehjem.mdx'), 'utf8'));
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
};

type List = { items: ArticleSummary[]; due?: TranslationDueItem[] };
type Article = { source: string; version: number; liveVersion: number; bokmal?: TranslationStatus & { source: string } };

let nynorsk: ModerationServer;
const json = async <T>(response: Response): Promise<T> => {
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
};
const list = async () => json<List>(await nynorsk.api('/api/moderation/articles'));
const row = (listed: List, slug: string) => listed.items.find((item) => item.slug === slug)!;

beforeAll(async () => {
  const bokmal = await startModerationServer({ dataDir, buildSite: recordingBuild });
  try {
    await publishArticle(bokmal, 'sykehjem', { source: bokmalNew });
    const created = await bokmal.api('/api/moderation/articles/trygg-heime', { method: 'PUT', json: { source: NEW_ARTICLE, version: 0 } });
    expect(created.status, await created.clone().text()).toBe(200);
    await publishSaved(bokmal, 'trygg-heime');
    // A bokmål kommune's list knows nothing of translations.
    expect(await json<List>(await bokmal.api('/api/moderation/articles'))).not.toHaveProperty('due');
  } finally {
    await bokmal.close();
  }
  nynorsk = await startModerationServer({ dataDir, buildSite: recordingBuild, env: { SUGGESTION_RATE_LIMIT: '0', BOOK_LANGUAGE: 'nn' } });
}, 120_000);

afterAll(async () => {
  await nynorsk?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the editors of a nynorsk kommune', () => {
  it('see the nynorsk texts in their list, the ones that follow the bokmål unmarked', async () => {
    const listed = await list();
    expect(row(listed, 'sykehjem').title).toBe((/^title: (.*)$/m.exec(nynorskGit) ?? [])[1]);
    expect(row(listed, 'fastlege').translation).toEqual({
      state: 'current',
      bokmalVersion: gitBlobHash(await readFile('content/articles/fastlege.mdx', 'utf8')),
    });
  });

  it('see the nynorsk text older than the newly published bokmål, with what changed in the bokmål', async () => {
    const translation = row(await list(), 'sykehjem').translation!;
    expect(translation.state).toBe('older');
    expect(translation.bokmalVersion).toBe(gitBlobHash(bokmalNew));
    expect(translation.diff).toContain(`<ins><span class="text-diff__label">Lagt til:</span> - ${ADDED}</ins>`);
  });

  it('find the change under «Nynorsk må oppdaterast», kept in the table across the restart', async () => {
    const { due } = await list();
    expect(due).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: 'sykehjem', version: 1, title: row(await list(), 'sykehjem').title })]),
    );
  });

  it('open the nynorsk text to edit with the bokmål readers get beside it', async () => {
    const article = await json<Article>(await nynorsk.api('/api/moderation/articles/sykehjem'));
    expect(article.source).toBe(nynorskGit);
    expect(article.bokmal).toEqual(expect.objectContaining({ source: bokmalNew, state: 'older', bokmalVersion: gitBlobHash(bokmalNew) }));
    expect(article.bokmal?.diff).toContain(ADDED);
  });

  it('keep `basedOn` as recorded when saving without «Oppdatert etter bokmålsteksten», whatever the source says', async () => {
    const fastlege = await readFile('content/articles/nn/fastlege.mdx', 'utf8');
    const recorded = (/^basedOn: "?([0-9a-f]{40})/m.exec(fastlege) ?? [])[1]!;
    const tampered = fastlege.replace(recorded, 'f'.repeat(40));
    await json(await nynorsk.api('/api/moderation/articles/fastlege', { method: 'PUT', json: { source: tampered, version: 0 } }));
    const saved = await json<Article>(await nynorsk.api('/api/moderation/articles/fastlege'));
    expect(saved.source).toContain(recorded);
    expect(saved.source).not.toContain('f'.repeat(40));
    expect(saved.bokmal?.state).toBe('current');
  });

  it('clear the mark and the item by saving the nynorsk text «Oppdatert etter bokmålsteksten»', async () => {
    const saved = await json<{ version: number }>(
      await nynorsk.api('/api/moderation/articles/sykehjem', {
        method: 'PUT',
        json: { source: nynorskNew, version: 0, followsBokmal: true, note: 'Oppdatert etter bokmålsteksten' },
      }),
    );
    expect(saved).toEqual({ slug: 'sykehjem', version: 1, problems: [] });
    const listed = await list();
    expect(row(listed, 'sykehjem').translation).toEqual({ state: 'current', bokmalVersion: gitBlobHash(bokmalNew) });
    expect(listed.due?.map((item) => item.slug)).not.toContain('sykehjem');
    const article = await json<Article>(await nynorsk.api('/api/moderation/articles/sykehjem'));
    expect(article.source).toContain(`basedOn: ${gitBlobHash(bokmalNew)}`);
    expect(article.source).toContain(NYNORSK_ADDED);
  });

  it('publish the nynorsk text as its own revision: the build gets the nynorsk file, the bokmål stays as published', async () => {
    builtNynorsk.length = 0;
    await publishSaved(nynorsk, 'sykehjem');
    expect(builtNynorsk).toHaveLength(1);
    expect(builtNynorsk[0]).toContain(NYNORSK_ADDED);
    expect(builtNynorsk[0]).toContain(`basedOn: ${gitBlobHash(bokmalNew)}`);
    const article = await json<Article>(await nynorsk.api('/api/moderation/articles/sykehjem'));
    expect(article).toEqual(expect.objectContaining({ version: 1, liveVersion: 1 }));
    expect(article.bokmal).toEqual(expect.objectContaining({ source: bokmalNew, state: 'current' }));
  });

  it('open a national article new in bokmål with the bokmål to translate from, and save its first nynorsk text', async () => {
    expect((await list()).due?.map((item) => item.slug)).toContain('trygg-heime');
    const article = await json<Article>(await nynorsk.api('/api/moderation/articles/trygg-heime'));
    expect(article).toEqual(expect.objectContaining({ source: NEW_ARTICLE, version: 0 }));
    expect(article.bokmal).toEqual({ source: NEW_ARTICLE, state: 'older', bokmalVersion: gitBlobHash(NEW_ARTICLE) });
    const translated = (await readFile('content/articles/nn/trygghetsalarm.mdx', 'utf8'))
      .replace(/^title: .*$/m, 'title: Trygg i eigen heim')
      .replace(/^aliases:[\s\S]*?(?=^related:)/m, 'aliases: [trygg heime, bu trygt åleine, eigen heim trygt]\n');
    await json(
      await nynorsk.api('/api/moderation/articles/trygg-heime', {
        method: 'PUT',
        json: { source: translated, version: 0, followsBokmal: true },
      }),
    );
    const listed = await list();
    expect(row(listed, 'trygg-heime').translation).toEqual({ state: 'current', bokmalVersion: gitBlobHash(NEW_ARTICLE) });
    expect(listed.due?.map((item) => item.slug)).not.toContain('trygg-heime');
  });

  it('leave which articles there are, and retiring one, to the bokmål text', async () => {
    const retire = await nynorsk.api('/api/moderation/articles/fastlege', {
      method: 'PUT',
      json: { source: await readFile('content/articles/nn/fastlege.mdx', 'utf8'), version: 1, retiredBy: 'sykehjem' },
    });
    expect(retire.status).toBe(400);
    expect(((await retire.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('retiredBy');
    const invented = await nynorsk.api('/api/moderation/articles/berre-pa-nynorsk', {
      method: 'PUT',
      json: { source: nynorskGit, version: 0 },
    });
    expect(invented.status).toBe(400);
    expect(((await invented.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('slug');
  });

  it('get their published nynorsk text into git with `npm run content:pull`, the bokmål left as it is', async () => {
    const articlesDir = join(dataDir, 'pulled-articles');
    await cp('content/articles', articlesDir, { recursive: true });
    const result = await pullContent(nynorsk.server.url, await nynorsk.token(), articlesDir, join(dataDir, 'redirects.json'), {
      MUNICIPALITY_CONFIG: 'content/municipalities/voss.json',
    });
    expect(result.written).toEqual(['nn/sykehjem']);
    expect(result.removed).toEqual([]);
    expect(await readFile(join(articlesDir, 'nn', 'sykehjem.mdx'), 'utf8')).toContain(NYNORSK_ADDED);
    expect(await readFile(join(articlesDir, 'sykehjem.mdx'), 'utf8')).toBe(bokmalGit);
  });
});
