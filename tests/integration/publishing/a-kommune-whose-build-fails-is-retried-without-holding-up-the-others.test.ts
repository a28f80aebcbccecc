/**
 * In a book of several kommuner each kommune of a publication is built, swapped and reported on
 * its own, with its state in the table: a kommune whose build fails is tried again at the end of
 * the line while the others go live, and one that fails every attempt is marked failed – its
 * readers keep their pages, the others get the edit, and editors are told which kommune missed it.
 * A stand-in for the site build writes what it was given, so no Astro runs here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../../tools/local/server.ts';
import type { SiteBuilder } from '../../../tools/local/site-builder.ts';

const BOOK = 'tests/fixtures/books/jevnaker-halden.json';
const work = mkdtempSync(join(tmpdir(), 'abc-book-retry-'));
/** Every build the stand-in was asked for, by kommune. */
const built: string[] = [];
/** How many of Halden's next builds fail. */
let haldenFailures = 0;

const standInBuild: SiteBuilder = async (book, outDir) => {
  const kommune = book.kommuneEnv?.BOOK_KOMMUNE ?? 'none';
  built.push(kommune);
  if (kommune === 'halden' && haldenFailures > 0) {
    haldenFailures -= 1;
    throw new Error('the build of Halden failed');
  }
  await mkdir(join(outDir, 'syn'), { recursive: true });
  await writeFile(join(outDir, 'index.html'), kommune);
  await writeFile(join(outDir, 'syn', 'index.html'), await readFile(join(book.articlesDir, 'syn.mdx'), 'utf8'));
};

let server: LocalServer;
let token: string;
// Every request of a book names its kommune; a national article is the same whichever kommune's editors' page saves it.
const api = (path: string, init: { method?: string; json?: unknown } = {}) =>
  fetch(`${server.url}${path}?kommune=jevnaker`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
const text = async (path: string) => (await fetch(server.url + path)).text();

/** Saves `syn` with `line` added and publishes it; resolves the publication's id once no build runs. */
async function publishSyn(line: string): Promise<string> {
  const head = (await (await api('/api/moderation/articles/syn')).json()) as { version: number };
  const source = `${(await readFile('content/articles/syn.mdx', 'utf8')).trimEnd()}\n\n${line}\n`;
  expect((await api('/api/moderation/articles/syn', { method: 'PUT', json: { source, version: head.version } })).status).toBe(200);
  const { id } = (await (await api('/api/moderation/publish', { method: 'POST', json: { slugs: ['syn'] } })).json()) as { id: string };
  await server.publishingIdle();
  return id;
}

beforeAll(async () => {
  server = await startLocalServer({
    port: 0,
    dataDir: join(work, 'data'),
    distDir: join(work, 'no-dist'),
    env: { ...process.env, BOOK_CONFIG: BOOK, SUGGESTION_RATE_LIMIT: '0' },
    publishingClock: false,
    buildSite: standInBuild,
  });
  token = await signEditorToken(await loadOrCreateEditorKey(join(work, 'data')), { name: 'Kari Redaktør', groups: ['editors-national'] });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a kommune whose build fails', () => {
  it('is built again after the others, and the publication goes live in both', async () => {
    built.length = 0;
    haldenFailures = 1;
    const id = await publishSyn('Første endring.');
    expect(built).toEqual(['jevnaker', 'halden', 'halden']);
    expect(await server.context.articles!.getPublication(id)).toMatchObject({ status: 'live', stage: 'done' });
    const publication = await server.context.articles!.getPublication(id);
    const build = await server.context.articles!.getBuild(publication!.buildId!);
    expect(build?.kommuner).toMatchObject({ jevnaker: { stage: 'done', attempt: 1 }, halden: { stage: 'done', attempt: 2 } });
    expect(await text('/jevnaker/syn/')).toContain('Første endring.');
    expect(await text('/halden/syn/')).toContain('Første endring.');
  }, 60_000);

  it('that fails every attempt is marked failed: the others have the edit, its readers keep their pages, and editors are told which kommune', async () => {
    built.length = 0;
    haldenFailures = 2;
    const haldenBefore = server.kommuneSiteDir('halden');
    const id = await publishSyn('Andre endring.');
    expect(built).toEqual(['jevnaker', 'halden', 'halden']);
    const publication = await server.context.articles!.getPublication(id);
    expect(publication).toMatchObject({ status: 'live', stage: 'print-failed' });
    expect(publication?.message).toContain('halden');
    expect(publication?.message).not.toContain('jevnaker');
    const build = await server.context.articles!.getBuild(publication!.buildId!);
    expect(build?.kommuner).toMatchObject({ jevnaker: { stage: 'done', attempt: 1 }, halden: { stage: 'failed', attempt: 2 } });
    expect(await text('/jevnaker/syn/')).toContain('Andre endring.');
    expect(server.kommuneSiteDir('halden')).toBe(haldenBefore);
    expect(await text('/halden/syn/')).not.toContain('Andre endring.');

    // Halden catches up at its next build: everything live is laid over git.
    built.length = 0;
    await publishSyn('Tredje endring.');
    expect(await text('/halden/syn/')).toContain('Tredje endring.');
  }, 60_000);
});
