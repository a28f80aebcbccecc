/**
 * A kommune's own article written on the editors' pages reaches readers with the real local
 * publisher, in the Levanger–Verdal book (BOOK_CONFIG): published for Levanger, it is rebuilt into
 * Levanger's pages (marked as Levanger's own) and Verdal's site is left as it was, without it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../../tools/local/server.ts';
import { OWN_ARTICLE_SLUG as SLUG, OWN_ARTICLE_SOURCE as source } from '../support/own-article.ts';

const BOOK = 'content/books/levanger-verdal.json';

const work = mkdtempSync(join(tmpdir(), 'abc-own-publish-'));
let server: LocalServer;
let token: string;

const api = (path: string, init: { method?: string; json?: unknown } = {}) =>
  fetch(`${server.url}${path}?kommune=levanger`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });

beforeAll(async () => {
  server = await startLocalServer({
    port: 0,
    dataDir: join(work, 'data'),
    distDir: join(work, 'no-dist'),
    env: { ...process.env, BOOK_CONFIG: BOOK, BOOK_KOMMUNER: 'levanger,verdal', SUGGESTION_RATE_LIMIT: '0' },
    publishingClock: false,
    // The PDFs are not what this test is about.
    printBook: async () => undefined,
  });
  token = await signEditorToken(await loadOrCreateEditorKey(join(work, 'data')), { name: 'Kari Redaktør', groups: ['editors-levanger'] });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a kommune’s own article published from the editors’ pages', () => {
  it('is on its kommune’s page, marked as its own, and the other kommune’s site is left without it', async () => {
    const verdalBefore = server.kommuneSiteDir('verdal');
    expect((await api(`/api/moderation/own-articles/${SLUG}`, { method: 'PUT', json: { source, version: 0 } })).status).toBe(200);
    const published = await api('/api/moderation/publish', { method: 'POST', json: { ownArticles: [SLUG] } });
    expect(published.status).toBe(202);
    const { id } = (await published.json()) as { id: string };
    await server.publishingIdle();

    expect(await server.context.articles!.getPublication(id)).toMatchObject({ status: 'live', kommuner: ['levanger'] });
    const page = await fetch(`${server.url}/levanger/${SLUG}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Prøveside bare for Levanger');
    expect(html).toContain('Gjelder bare Levanger kommune');
    expect(server.kommuneSiteDir('verdal')).toBe(verdalBefore);
    expect((await fetch(`${server.url}/verdal/${SLUG}/`)).status).toBe(404);
  }, 900_000);
});
