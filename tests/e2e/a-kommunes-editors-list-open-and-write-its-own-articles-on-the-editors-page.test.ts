/**
 * A kommune's own articles on the editors' page of the Levanger–Verdal book, built as
 * `BOOK_CONFIG=… npm run build` builds it (without the PDFs; E2E_BOOK_DIST names a book already
 * built there, to save the build): Levanger's editor finds Levanger's own article in the list,
 * marked «Gjelder bare Levanger kommune» (axe on the list), opens it in the article form, saves it
 * through the own-articles route and publishes it with `ownArticles`; «Ny artikkel for Levanger
 * kommune» opens the form empty, and a taken address shows the API's error beside the field and
 * keeps what was written (axe on the form). Verdal's editor sees nothing of Levanger's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import { buildBookWithoutPdfs, type BuiltBook } from '../integration/support/built-book.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';
import { OWN_ARTICLE_SLUG as SLUG, OWN_ARTICLE_SOURCE as SOURCE, OWN_ARTICLE_TITLE as TITLE } from '../integration/support/own-article.ts';

const BOOK = 'content/books/levanger-verdal.json';

const site = useSite();
let built: BuiltBook | undefined;
let server: LocalServer;
const tokens: Record<string, string> = {};
const data = mkdtempSync(join(tmpdir(), 'abc-own-articles-'));

beforeAll(async () => {
  const dist = process.env.E2E_BOOK_DIST ?? (built = buildBookWithoutPdfs(BOOK)).dist;
  server = await startLocalServer({
    port: 0,
    dataDir: data,
    distDir: dist,
    env: { ...process.env, BOOK_CONFIG: BOOK, BOOK_KOMMUNER: 'levanger,verdal', SUGGESTION_RATE_LIMIT: '0' },
    publishingClock: false,
    printBook: async () => undefined,
  });
  const key = await loadOrCreateEditorKey(data);
  for (const kommune of ['levanger', 'verdal'])
    tokens[kommune] = await signEditorToken(key, { name: `Redaktør i ${kommune}`, groups: [`editors-${kommune}`] });
  const saved = await fetch(`${server.url}/api/moderation/own-articles/${SLUG}?kommune=levanger`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${tokens.levanger}`, 'content-type': 'application/json' },
    body: JSON.stringify({ source: SOURCE, version: 0 }),
  });
  expect(saved.status).toBe(200);
}, 1_200_000);

afterAll(async () => {
  await server?.close();
  built?.remove();
  rmSync(data, { recursive: true, force: true });
});

/** `kommune`'s editors' page at `hash`, signed in as that kommune's editor in this tab. */
async function openEditors(kommune: string, hash: string): Promise<Page> {
  const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((value) => sessionStorage.setItem('alderdommens-abc:redaksjon:token', value), tokens[kommune]!);
  await page.goto(`${server.url}/${kommune}/redaksjon/${hash}`);
  return page;
}

describe('a kommune’s own articles on the editors’ page of a book', () => {
  it('lists Levanger’s own article marked as Levanger’s only, and the list passes axe', async () => {
    const page = await openEditors('levanger', '#artikler');
    const row = page.locator(`[data-article-row="${SLUG}"]`);
    await row.waitFor();
    expect(await row.locator('[data-own-article]').textContent()).toBe('Gjelder bare Levanger kommune');
    expect(await row.locator(`a[href="#egen-artikkel/${SLUG}"]`).textContent()).toBe(TITLE);
    // A national article is listed as before, without the mark.
    expect(await page.locator('[data-article-row="sykehjem"] [data-own-article]').count()).toBe(0);
    await page.getByRole('link', { name: 'Ny artikkel for Levanger kommune' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('opens it in the article form, saves it through the own-articles route and publishes it with ownArticles', async () => {
    const page = await openEditors('levanger', `#egen-artikkel/${SLUG}`);
    const form = page.locator('[data-article-form]');
    await page.locator('[data-article-editor]:visible').waitFor();
    expect(await form.locator('[name="title"]').inputValue()).toBe(TITLE);
    await form.locator('[name="note"]').fill('Endret ingressen.');
    const saving = page.waitForRequest((request) => request.method() === 'PUT');
    await form.getByRole('button', { name: 'Lagre', exact: true }).click();
    expect(new URL((await saving).url()).pathname).toBe(`/api/moderation/own-articles/${SLUG}`);
    await page.getByText('Lagret som versjon 2').waitFor();

    const publishing = page.waitForRequest((request) => request.url().includes('/api/moderation/publish') && request.method() === 'POST');
    await form.locator('[data-publish-one]').click();
    expect((await publishing).postDataJSON()).toEqual({ ownArticles: [SLUG] });
  });

  it('opens «Ny artikkel for Levanger kommune» empty; a taken address shows the API’s error beside the field and keeps the text', async () => {
    const page = await openEditors('levanger', '#artikler');
    await page.getByRole('link', { name: 'Ny artikkel for Levanger kommune' }).click();
    const form = page.locator('[data-article-form]');
    await page.getByRole('heading', { name: 'Ny artikkel for Levanger kommune' }).waitFor();
    expect(await form.locator('[name="title"]').inputValue()).toBe('');
    const address = page.getByLabel('Adresse (slug)');
    await address.fill(SLUG);
    await form.locator('[name="title"]').fill('En ny side for Levanger');
    await form.getByRole('button', { name: 'Lagre', exact: true }).click();
    const error = form.locator('[data-slug-error]');
    await error.waitFor();
    expect(await error.textContent()).toContain(`Kommunen har allerede en egen artikkel på adressen /${SLUG}/`);
    expect(await address.inputValue()).toBe(SLUG);
    expect(await form.locator('[name="title"]').inputValue()).toBe('En ny side for Levanger');
    await expectNoAxeViolations(page);
  });

  it('shows Verdal’s editor nothing of Levanger’s own articles', async () => {
    const page = await openEditors('verdal', '#artikler');
    await page.locator('[data-article-row="sykehjem"]').waitFor();
    await page.getByRole('link', { name: 'Ny artikkel for Verdal kommune' }).waitFor();
    expect(await page.locator(`[data-article-row="${SLUG}"]`).count()).toBe(0);
  });
});
