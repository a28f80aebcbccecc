/**
 * A kommune's own articles written through the editors' API in a book of several kommuner
 * (Levanger–Verdal): a new one may not take an address already taken (a field error, nothing
 * stored), is saved under its kommune's keys, and is published to its kommune only; another
 * kommune's editors never see it. The build stands in for Astro: which kommuner a publication
 * rebuilds is what is tested here, not the pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickBuild, startModerationServer, type ModerationServer } from '../support/moderation-server.ts';
import { ownArticleStorageOf } from '../../../functions/shared/publishing/own-article-storage-of.ts';
import { OWN_ARTICLE_SLUG as SLUG, OWN_ARTICLE_SOURCE as source } from '../support/own-article.ts';

const BOOK = 'content/books/levanger-verdal.json';

let moderation: ModerationServer;
/** Each kommune's editor (a role per kommune in a book). */
const tokens: Record<string, string> = {};
/** A request for `kommune`, as that kommune's editor. */
const api = (kommune: string, path: string, init: Parameters<ModerationServer['api']>[1] = {}) =>
  moderation.api(`${path}${path.includes('?') ? '&' : '?'}kommune=${kommune}`, { token: tokens[kommune]!, ...init });

beforeAll(async () => {
  moderation = await startModerationServer({
    env: { ...process.env, BOOK_CONFIG: BOOK, BOOK_KOMMUNER: 'levanger,verdal', SUGGESTION_RATE_LIMIT: '0' },
    buildSite: quickBuild,
    printBook: async () => undefined,
    publishingClock: false,
  });
  for (const kommune of ['levanger', 'verdal'])
    tokens[kommune] = await moderation.token({ name: `Redaktør i ${kommune}`, groups: [`editors-${kommune}`] });
}, 60_000);

afterAll(async () => {
  await moderation?.close();
});

describe('a kommune’s own articles on the editors’ pages', () => {
  it('refuses a new own article at a national article’s address with a field error, and stores nothing', async () => {
    const response = await api('levanger', '/api/moderation/own-articles/sykehjem', {
      method: 'PUT',
      json: { source, version: 0 },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.slug).toBe(
      'Adressen /sykehjem/ er allerede en nasjonal artikkel. Gi kommunens egen artikkel en annen adresse.',
    );
    expect(await ownArticleStorageOf(moderation.server.context).of('levanger').getArticleHead('sykehjem')).toBeUndefined();
  });

  it('refuses an address that is a page of the site', async () => {
    const response = await api('levanger', '/api/moderation/own-articles/kontakt', {
      method: 'PUT',
      json: { source, version: 0 },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields.slug).toContain('er en side i boka');
  });

  it('saves a new own article under its kommune, and refuses a second new one at the same address', async () => {
    const saved = await api('levanger', `/api/moderation/own-articles/${SLUG}`, { method: 'PUT', json: { source, version: 0 } });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ slug: SLUG, version: 1 });
    const again = await api('levanger', `/api/moderation/own-articles/${SLUG}`, { method: 'PUT', json: { source, version: 0 } });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { fields: Record<string, string> } }).error.fields.slug).toContain(
      'Kommunen har allerede en egen artikkel',
    );

    const list = (await (await api('levanger', '/api/moderation/articles?own')).json()) as { items: unknown[] };
    expect(list.items).toEqual([
      expect.objectContaining({ slug: SLUG, title: 'Prøveside bare for Levanger', version: 1, draft: true, own: true }),
    ]);
    const opened = await api('levanger', `/api/moderation/articles?own=${SLUG}`);
    expect(await opened.json()).toMatchObject({ slug: SLUG, source, version: 1, liveVersion: 0 });
  });

  it('shows Verdal’s editors nothing of Levanger’s own articles', async () => {
    const list = (await (await api('verdal', '/api/moderation/articles?own')).json()) as { items: unknown[] };
    // Nor by naming Levanger: a Verdal editor's role is Verdal's.
    expect((await api('levanger', '/api/moderation/articles?own', { token: tokens.verdal! })).status).toBe(403);
    expect(list.items).toEqual([]);
    expect((await api('verdal', `/api/moderation/articles?own=${SLUG}`)).status).toBe(404);
    // Verdal may write an article of its own at the same address: each kommune's addresses are its own.
    const publish = await api('verdal', '/api/moderation/publish', { method: 'POST', json: { ownArticles: [SLUG] } });
    expect(publish.status).toBe(400);
  });

  it('publishes an own article to its kommune only, and marks it live', async () => {
    const published = await api('levanger', '/api/moderation/publish', { method: 'POST', json: { ownArticles: [SLUG] } });
    expect(published.status).toBe(202);
    const { id, items } = (await published.json()) as { id: string; items: unknown[] };
    expect(items).toEqual([{ kommune: 'levanger', ownArticle: SLUG, version: 1 }]);
    expect((await moderation.server.context.articles!.getPublication(id))?.kommuner).toEqual(['levanger']);
    await moderation.server.publishingIdle();
    expect(await moderation.server.context.articles!.getPublication(id)).toMatchObject({ status: 'live' });
    expect((await ownArticleStorageOf(moderation.server.context).of('levanger').getArticleHead(SLUG))?.liveVersion).toBe(1);
  });

  it('tells a kommune on its own, outside a book, that it has no own articles', async () => {
    const alone = await startModerationServer();
    try {
      const response = await alone.api('/api/moderation/articles?own');
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
        'Egne artikler for en kommune finnes bare i en bok med flere kommuner.',
      );
    } finally {
      await alone.close();
    }
  });
});
