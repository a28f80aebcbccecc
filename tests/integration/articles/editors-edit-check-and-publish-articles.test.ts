import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullContent } from '../../../tools/local/content-pull.ts';
import type { SiteBuilder } from '../../../tools/local/site-builder.ts';
import { lintArticles } from '../../../src/core/content-lint.ts';
import { RESERVED_SLUGS } from '../../../src/core/paths.ts';
import { startModerationServer, submit, type ModerationServer } from '../support/moderation-server.ts';

let moderation: ModerationServer;
let failNextBuild = false;
/** Stands in for Astro: the "site" is each article's source at /<slug>/index.html, so a test can read what was built. */
const fakeBuild: SiteBuilder = async (book, outDir) => {
  if (failNextBuild) {
    failNextBuild = false;
    throw new Error('astro build failed');
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
  const redirects = JSON.parse(await readFile(book.redirectsFile, 'utf8')) as Record<string, string>;
  for (const [from, to] of Object.entries(redirects)) {
    await mkdir(join(outDir, from), { recursive: true });
    await writeFile(join(outDir, from, 'index.html'), `redirect to /${to}/`);
  }
  const sykehjem = await readFile(join(book.articlesDir, 'sykehjem.mdx'), 'utf8');
  await mkdir(join(outDir, 'sykehjem'), { recursive: true });
  await writeFile(join(outDir, 'sykehjem', 'index.html'), sykehjem);
};

const git = await readFile('content/articles/sykehjem.mdx', 'utf8');
const withSummary = (summary: string) => git.replace(/^summary: [\s\S]*?(?=^area:)/m, `summary: ${summary}\n`);
const NEW_SUMMARY = 'Et sykehjem gir hjelp hele døgnet. Du søker om plass hos kommunen. Du betaler ut fra inntekten din.';

async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function waitForStatus(id: string, wanted: string[]): Promise<{ status: string; message?: string }> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const status = await body<{ status: string; message?: string }>(await moderation.api(`/api/moderation/publish/${id}`));
    if (wanted.includes(status.status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`publication ${id} never reached ${wanted.join('/')}`);
}

beforeAll(async () => {
  moderation = await startModerationServer({ buildSite: fakeBuild });
});
afterAll(() => moderation?.close());

describe('the editors’ article API', () => {
  it('needs an editor token', async () => {
    expect((await moderation.api('/api/moderation/articles', { token: null })).status).toBe(401);
    expect(
      (await moderation.api('/api/moderation/articles/sykehjem', { method: 'PUT', token: null, json: { source: git, version: 0 } })).status,
    ).toBe(401);
    expect((await moderation.api('/api/moderation/publish', { method: 'POST', token: null, json: {} })).status).toBe(401);
  });

  it('lists every article of the book, git-only ones with version 0', async () => {
    const { items } = await body<{ items: Record<string, unknown>[] }>(await moderation.api('/api/moderation/articles'));
    expect(items.length).toBeGreaterThan(50);
    expect(items.find((item) => item.slug === 'sykehjem')).toMatchObject({
      title: 'Sykehjem (langtidsopphold)',
      area: 'mer-hjelp',
      version: 0,
      draft: false,
      reviewed: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      nextReview: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
  });

  it('gives the whole git file of an article, and 404 for an unknown one', async () => {
    expect(await body(await moderation.api('/api/moderation/articles/sykehjem'))).toMatchObject({
      slug: 'sykehjem',
      source: git,
      version: 0,
    });
    const missing = await moderation.api('/api/moderation/articles/finnes-ikke');
    expect(missing.status).toBe(404);
    expect(await body(missing)).toEqual({ error: { code: 'not-found', message: 'Fant ikke artikkelen.' } });
  });

  it('refuses an unsafe or invalid source with 400 invalid-article, its lines and nothing stored', async () => {
    const unsafe = `${git.trimEnd()}\n\n<script>alert(1)</script>\n`;
    const response = await moderation.api('/api/moderation/articles/sykehjem', {
      method: 'PUT',
      json: { source: unsafe.replace(/^area: .*$/m, 'area: ukjent'), version: 0 },
    });
    expect(response.status).toBe(400);
    const { error } = await body<{ error: { code: string; problems: { line?: number; rule: string }[] } }>(response);
    expect(error.code).toBe('invalid-article');
    expect(error.problems).toContainEqual(expect.objectContaining({ rule: 'unknown-element', line: unsafe.trimEnd().split('\n').length }));
    expect(error.problems).toContainEqual(
      expect.objectContaining({ rule: 'frontmatter', line: git.split('\n').findIndex((line) => line.startsWith('area:')) + 1 }),
    );
    expect(await body(await moderation.api('/api/moderation/articles/sykehjem'))).toMatchObject({ version: 0 });
  });

  it('refuses a frontmatter Astro would end early, which hides code as YAML, and stores nothing', async () => {
    const closing = git.indexOf('\n---\n', 4);
    const hidden = `${git.slice(0, closing)}\n---x: 1\n\nexport const planted = ({ x: import('node:fs') })\n${git.slice(closing)}`;
    const response = await moderation.api('/api/moderation/articles/sykehjem', { method: 'PUT', json: { source: hidden, version: 0 } });
    expect(response.status).toBe(400);
    expect(await body(response)).toMatchObject({
      error: {
        code: 'invalid-article',
        problems: [expect.objectContaining({ rule: 'frontmatter', line: git.slice(0, closing).split('\n').length + 1 })],
      },
    });
    expect(await body(await moderation.api('/api/moderation/articles/sykehjem'))).toMatchObject({ version: 0 });
  });

  it('saves a revision with the content rules it still breaks, and 409 for a stale version', async () => {
    const suggestionId = await submit(moderation, {
      kind: 'correction',
      topic: 'sykehjem',
      text: 'Kort fortalt bør si at du søker hos kommunen.',
    });
    const saved = await moderation.api('/api/moderation/articles/sykehjem', {
      method: 'PUT',
      json: { source: withSummary(NEW_SUMMARY), version: 0, note: 'Enklere kort fortalt', suggestionId },
    });
    expect(saved.status).toBe(200);
    expect(await body(saved)).toEqual({ slug: 'sykehjem', version: 1, problems: [] });

    const stale = await moderation.api('/api/moderation/articles/sykehjem', { method: 'PUT', json: { source: git, version: 0 } });
    expect(stale.status).toBe(409);
    expect(await body(stale)).toMatchObject({
      error: { code: 'version-conflict', message: expect.stringContaining('Teksten din er ikke borte') },
    });

    const draft = await moderation.api('/api/moderation/articles/sykehjem', {
      method: 'PUT',
      json: {
        source: withSummary('For kort. Men to setninger.').replace(/^aliases:[\s\S]*?(?=^related:)/m, 'aliases: [gamlehjem]\n'),
        version: 1,
      },
    });
    expect(draft.status).toBe(200);
    expect((await body<{ problems: { rule: string }[] }>(draft)).problems.map((problem) => problem.rule)).toEqual(['aliases']);
  });

  it('refuses to publish a named revision that breaks a content rule', async () => {
    const response = await moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs: ['sykehjem'] } });
    expect(response.status).toBe(400);
    expect(await body(response)).toMatchObject({
      error: { code: 'invalid-article', problems: [expect.objectContaining({ rule: 'aliases' })] },
    });
  });

  it('restores the good revision, publishes it, and the linked suggestion reaches «Publisert» once it is live', async () => {
    const revisions = await body<{ items: { version: number; actor: string; note?: string }[] }>(
      await moderation.api('/api/moderation/articles/sykehjem/revisions'),
    );
    expect(revisions.items.map((revision) => revision.version)).toEqual([2, 1]);
    expect(revisions.items[1]).toMatchObject({ actor: 'Kari Redaktør', note: 'Enklere kort fortalt' });
    const first = await body<{ source: string }>(await moderation.api('/api/moderation/articles/sykehjem?version=1'));
    const restored = await moderation.api('/api/moderation/articles/sykehjem', {
      method: 'PUT',
      json: { source: first.source, version: 2, restoredFrom: 1, note: 'Tilbake til versjon 1' },
    });
    expect(await body(restored)).toEqual({ slug: 'sykehjem', version: 3, problems: [] });

    const started = await moderation.api('/api/moderation/publish', { method: 'POST' });
    expect(started.status).toBe(202);
    const { id, status } = await body<{ id: string; status: string }>(started);
    // Nothing else was building, so its build started at once.
    expect(status).toBe('building');
    expect(await waitForStatus(id, ['live', 'failed'])).toMatchObject({ status: 'live' });
    expect(await readFile(join(moderation.server.siteDir(), 'sykehjem', 'index.html'), 'utf8')).toContain(NEW_SUMMARY);

    const { items } = await body<{ items: { slug: string; version: number; draft: boolean }[] }>(
      await moderation.api('/api/moderation/articles'),
    );
    expect(items.find((item) => item.slug === 'sykehjem')).toMatchObject({ version: 3, draft: false });
    const answers = await moderation.server.context.lists!.listSuggestions({ status: 'published', limit: 10 });
    expect(answers.items).toEqual([expect.objectContaining({ kind: 'correction', publishedPage: 'sykehjem' })]);
  });

  it('leaves the served site untouched when a build fails, and says so in Norwegian', async () => {
    const before = moderation.server.siteDir();
    await moderation.api('/api/moderation/articles/sykehjem', {
      method: 'PUT',
      json: { source: withSummary(`${NEW_SUMMARY} Ring oss.`), version: 3 },
    });
    failNextBuild = true;
    const { id } = await body<{ id: string }>(
      await moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs: ['sykehjem'] } }),
    );
    const failed = await waitForStatus(id, ['live', 'failed']);
    expect(failed).toMatchObject({ status: 'failed', message: expect.stringContaining('ingenting er endret for leserne') });
    expect(moderation.server.siteDir()).toBe(before);
    expect(await readFile(join(before, 'sykehjem', 'index.html'), 'utf8')).not.toContain('Ring oss.');
  });

  it('retires an article so its address leads to the replacement', async () => {
    const source = await readFile('content/articles/korttidsopphold.mdx', 'utf8');
    const retired = await moderation.api('/api/moderation/articles/korttidsopphold', {
      method: 'PUT',
      json: { source, version: 0, retiredBy: 'sykehjem', note: 'Slått sammen med sykehjem' },
    });
    expect(await body(retired)).toMatchObject({ version: 1 });
    const { id } = await body<{ id: string }>(
      await moderation.api('/api/moderation/publish', { method: 'POST', json: { slugs: ['korttidsopphold'] } }),
    );
    expect(await waitForStatus(id, ['live', 'failed'])).toMatchObject({ status: 'live' });
    expect(await readFile(join(moderation.server.siteDir(), 'korttidsopphold', 'index.html'), 'utf8')).toBe('redirect to /sykehjem/');
    expect(await readFile(join(moderation.server.siteDir(), 'sykehjem', 'index.html'), 'utf8')).toMatch(/^ {2}- Korttidsopphold$/m);
  });

  it('refuses a replacement that is not in the book', async () => {
    const source = await readFile('content/articles/fastlege.mdx', 'utf8');
    const response = await moderation.api('/api/moderation/articles/fastlege', {
      method: 'PUT',
      json: { source, version: 0, retiredBy: 'finnes-ikke' },
    });
    expect(response.status).toBe(400);
    expect(await body(response)).toMatchObject({ error: { code: 'validation-failed', fields: { retiredBy: expect.any(String) } } });
  });

  it('content:pull writes what is published into the articles folder, after which git and the store agree', async () => {
    const work = await mkdtemp(join(tmpdir(), 'content-pull-'));
    const articlesDir = join(work, 'articles');
    await cp('content/articles', articlesDir, { recursive: true });
    const result = await pullContent(moderation.server.url, await moderation.token(), articlesDir, join(work, 'redirects.json'));
    expect(result.removed).toEqual(['korttidsopphold']);
    expect(result.written).toContain('sykehjem');
    expect(await readFile(join(articlesDir, 'sykehjem.mdx'), 'utf8')).toContain(NEW_SUMMARY);
    expect(JSON.parse(await readFile(join(work, 'redirects.json'), 'utf8'))).toEqual({ korttidsopphold: 'sykehjem' });
    // The bokmål articles; the nynorsk ones in their own folder are not what content:pull writes.
    const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.mdx'));
    const files = await Promise.all(
      names.map(async (name) => ({ path: `content/articles/${name}`, source: await readFile(join(articlesDir, name), 'utf8') })),
    );
    const report = lintArticles(files, {
      requiredSlugs: [],
      serviceIds: new Set(['servicetorget', 'tildelingskontor', 'sykehjem', 'hjemmetjenesten']),
      localFacts: [],
      sitePaths: RESERVED_SLUGS,
    });
    expect(report.findings.filter((finding) => finding.rule === 'related-missing' || finding.rule === 'broken-link')).toEqual([]);
    expect((await pullContent(moderation.server.url, await moderation.token(), articlesDir, join(work, 'redirects.json'))).written).toEqual(
      [],
    );
    await rm(work, { recursive: true, force: true });
  });
});
