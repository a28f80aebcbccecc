/**
 * A council reads exactly what readers will: the text under review on /rad/ (POST
 * /api/council/page/review, drawn on demand by the server renderer) holds, for a revision that
 * changes nothing, the article's text byte for byte as the static article page the same build
 * made. Articles with every kind of block: lists, a table, contact cards with «Stemmer ikke
 * dette?», prices, «Slik søker du» and a national figure.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../fixtures/search-site.ts';
import { startModerationServer, type ModerationServer } from '../support/moderation-server.ts';

const ARTICLES = ['dagaktivitetstilbud', 'nar-det-haster', 'sykehjem', 'brukerstyrt-personlig-assistanse'];

let moderation: ModerationServer;
let code: string;

beforeAll(async () => {
  moderation = await startModerationServer({ distDir: builtSite });
  const created = await moderation.api('/api/moderation/councils', { method: 'POST', json: { name: 'Eldrerådet som leser likt' } });
  const council = (await created.json()) as { council: { id: string }; code: string };
  code = council.code;
  for (const slug of ARTICLES) {
    const head = (await (await moderation.api(`/api/moderation/articles/${slug}`)).json()) as { source: string };
    await moderation.api(`/api/moderation/articles/${slug}`, { method: 'PUT', json: { source: head.source, version: 0 } });
    const asked = await moderation.api(`/api/moderation/articles/${slug}/reviews`, {
      method: 'POST',
      json: { version: 1, councils: [council.council.id], deadline: '2099-12-31' },
    });
    expect(asked.status).toBe(201);
  }
});

afterAll(async () => {
  await moderation?.close();
});

/** The article's text on the static page the build made. */
async function staticBody(slug: string): Promise<string> {
  const page = parse(await readFile(join(builtSite, slug, 'index.html'), 'utf8'));
  return page.querySelector('article > .prose[data-read]')!.innerHTML;
}

/** The text under review as the council's page shows it. */
async function reviewedBody(slug: string): Promise<string> {
  const response = await moderation.api('/api/council/page/review', {
    method: 'POST',
    token: null,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ code, review: `${slug}.1` }).toString(),
  });
  expect(response.status).toBe(200);
  return parse(await response.text()).querySelector('[data-review-view] [data-article-body]')!.innerHTML;
}

describe('the text a council reviews', () => {
  it.each(ARTICLES)('is, for /%s/, byte for byte the article text readers get', async (slug) => {
    const readers = await staticBody(slug);
    expect(readers.length).toBeGreaterThan(500);
    expect(await reviewedBody(slug)).toBe(readers);
  });

  it('holds every kind of block the articles use', async () => {
    const bodies = (await Promise.all(ARTICLES.map(staticBody))).join('');
    for (const marker of ['<table>', '<ol>', '<ul>', 'data-fact-correction', 'data-apply', 'data-figure', 'class="price']) {
      expect(bodies, marker).toContain(marker);
    }
  });
});
