/**
 * Publishing in a book of several kommuner (BOOK_CONFIG), with the real build on the test book of
 * Jevnaker and Halden: an edit of a national article, published once, is rebuilt into both
 * kommuner's pages; a published local part of Halden's only into Halden's, and Jevnaker's site is
 * left as it was. Each kommune's site is swapped on its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../../tools/local/server.ts';
import { requestPublication } from '../../../functions/shared/publishing/publications.ts';
import { localPartStorageOf } from '../../../functions/shared/publishing/go-live.ts';

const BOOK = 'tests/fixtures/books/jevnaker-halden.json';
const NATIONAL = 'Nasjonal endring publisert én gang for hele boka.';
const LOCAL = 'Lokal endring som bare Halden viser.';
const work = mkdtempSync(join(tmpdir(), 'abc-book-publish-'));
let server: LocalServer;
let token: string;

// Every request of a book names its kommune; a national article is the same whichever kommune's editors' page saves it.
const api = (path: string, init: { method?: string; json?: unknown } = {}) =>
  fetch(`${server.url}${path}?kommune=jevnaker`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
const page = async (path: string) => {
  const response = await fetch(server.url + path);
  expect(response.status).toBe(200);
  return response.text();
};

beforeAll(async () => {
  server = await startLocalServer({
    port: 0,
    dataDir: join(work, 'data'),
    distDir: join(work, 'no-dist'),
    env: { ...process.env, BOOK_CONFIG: BOOK, SUGGESTION_RATE_LIMIT: '0' },
    publishingClock: false,
    // The PDFs are not what this test is about.
    printBook: async () => undefined,
  });
  token = await signEditorToken(await loadOrCreateEditorKey(join(work, 'data')), { name: 'Kari Redaktør', groups: ['editors-national'] });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('publishing in a book of two kommuner', () => {
  it('publishes an edit of a national article once to both kommuner’s pages', async () => {
    const source = (await readFile('content/articles/sykehjem.mdx', 'utf8')).replace('\n## ', `\n${NATIONAL}\n\n## `);
    expect((await api('/api/moderation/articles/sykehjem', { method: 'PUT', json: { source, version: 0 } })).status).toBe(200);
    const published = await api('/api/moderation/publish', { method: 'POST', json: { slugs: ['sykehjem'] } });
    expect(published.status).toBe(202);
    const { id } = (await published.json()) as { id: string };
    expect((await server.context.articles!.getPublication(id))?.kommuner).toEqual(['jevnaker', 'halden']);
    await server.publishingIdle();

    expect(await server.context.articles!.getPublication(id)).toMatchObject({ status: 'live', stage: 'done' });
    for (const prefix of ['/jevnaker/', '/halden/']) expect(await page(`${prefix}sykehjem/`)).toContain(NATIONAL);
    expect(await page('/halden/sykehjem/')).toContain('Prøvetekst for testboka');
    expect(await page('/jevnaker/sykehjem/')).not.toContain('Prøvetekst for testboka');
  }, 900_000);

  it('publishes a local part of Halden only to Halden, and leaves Jevnaker’s site as it was', async () => {
    const jevnakerBefore = server.kommuneSiteDir('jevnaker');
    const haldenBefore = server.kommuneSiteDir('halden');
    const saved = await localPartStorageOf(server.context).saveLocalPart('halden', {
      slug: 'sykehjem',
      slot: 'tildeling',
      date: '2026-12-07',
      text: LOCAL,
      actor: 'Kari Redaktør',
      expectedVersion: 0,
    });
    const publication = await requestPublication(
      { ...server.context, articles: server.context.articles!, publisher: server.context.publisher! },
      {
        items: [{ kommune: 'halden', slug: 'sykehjem', slot: 'tildeling', version: saved.version }],
        actor: 'Kari Redaktør',
        reason: 'editor',
      },
    );
    expect(publication.kommuner).toEqual(['halden']);
    await server.publishingIdle();

    expect(await server.context.articles!.getPublication(publication.id)).toMatchObject({ status: 'live', stage: 'done' });
    expect(server.kommuneSiteDir('jevnaker')).toBe(jevnakerBefore);
    expect(server.kommuneSiteDir('halden')).not.toBe(haldenBefore);
    const halden = await page('/halden/sykehjem/');
    expect(halden).toContain(LOCAL);
    expect(halden).toContain('Gjelder Halden kommune (7. desember 2026)');
    expect(halden).not.toContain('Prøvetekst for testboka');
    // The national edit stays: the new build lays everything live over git.
    expect(halden).toContain(NATIONAL);
    expect(await page('/jevnaker/sykehjem/')).not.toContain(LOCAL);
    expect((await localPartStorageOf(server.context).getLocalPartHead('halden', 'sykehjem', 'tildeling'))?.liveVersion).toBe(1);
  }, 900_000);
});
