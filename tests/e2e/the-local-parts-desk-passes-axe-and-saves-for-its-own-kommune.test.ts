/**
 * The local parts desk in the Levanger–Verdal book, built as `BOOK_CONFIG=… npm run build` builds
 * it (without the PDFs; E2E_BOOK_DIST names a book already built there, to save the build) and
 * served by the local server with the book's kommuner: the list and a slot's form read without
 * JavaScript, pass axe (also with an error shown), keep what the editor wrote when a save is
 * refused, show the text as readers will see it, and Verdal's desk sees nothing of Levanger's.
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
import { EDITOR_NAME, useSite } from './support/use-site.ts';

const BOOK = 'content/books/levanger-verdal.json';
const TEXT = 'Søk om plass hos tildelingskontoret i Levanger.\n\nDu får svar i et brev.';
const site = useSite();
let built: BuiltBook | undefined;
let server: LocalServer;
let token: string;
const data = mkdtempSync(join(tmpdir(), 'abc-local-desk-'));

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
  // The national editor may act for both kommuner whose desks the test opens (functions/shared/editor-roles.ts).
  token = await signEditorToken(await loadOrCreateEditorKey(data), { name: EDITOR_NAME, groups: ['editors-national'] });
}, 1_200_000);

afterAll(async () => {
  await server?.close();
  built?.remove();
  rmSync(data, { recursive: true, force: true });
});

/** A page of `kommune`'s desk, signed in as an editor in this tab. */
async function openDesk(kommune: string, path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await site.newPage(options);
  await page.addInitScript((value) => sessionStorage.setItem('alderdommens-abc:redaksjon:token', value), token);
  await page.goto(`${server.url}/${kommune}${path}`);
  return page;
}

describe('the local parts desk in a book', () => {
  it('lists the national articles’ slots without JavaScript, each with a link to its form', async () => {
    const page = await openDesk('levanger', '/redaksjon/lokalt/', { javaScriptEnabled: false });
    const row = page.locator('[data-local-row="sykehjem#tildeling"]');
    expect(await row.textContent()).toContain('Sykehjem');
    expect(await row.locator('a[href="/levanger/redaksjon/lokalt/sykehjem/tildeling/"]').count()).toBe(1);
    const form = await openDesk('levanger', '/redaksjon/lokalt/sykehjem/tildeling/', { javaScriptEnabled: false });
    expect(await form.getByLabel('Teksten som gjelder Levanger kommune').count()).toBe(1);
    expect(await form.locator('[data-save]').isVisible()).toBe(false);
  });

  it('passes axe on the list', async () => {
    const page = await openDesk('levanger', '/redaksjon/lokalt/');
    await expectNoAxeViolations(page);
  });

  it('keeps what the editor wrote when a save is refused, passes axe with the error shown, and saves', async () => {
    const page = await openDesk('levanger', '/redaksjon/lokalt/sykehjem/tildeling/');
    await page.locator('[data-save]:visible').waitFor();
    const text = page.getByLabel('Teksten som gjelder Levanger kommune');
    await text.fill('Ring oss <b>i dag</b>.');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.locator('[data-error-for="text"]:visible').waitFor();
    expect(await page.locator('[data-error-for="text"]').textContent()).toContain('Skriv vanlig tekst');
    expect(await page.locator('[data-error-for="date"]').textContent()).toContain('Velg datoen');
    expect(await text.inputValue()).toBe('Ring oss <b>i dag</b>.');
    await expectNoAxeViolations(page);

    await text.fill(TEXT);
    await page.getByLabel('Sjekket dato').fill('2026-12-07');
    expect(await page.locator('[data-preview]').textContent()).toContain('Gjelder Levanger kommune (7. desember 2026)');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Lagret som versjon 1').waitFor();
    expect(await page.locator('[data-error-for="text"]').isVisible()).toBe(false);
    await page.locator('[data-publish-local]:visible').waitFor();
    await expectNoAxeViolations(page);
  });

  it('shows Verdal’s desk nothing of Levanger’s text', async () => {
    const page = await openDesk('verdal', '/redaksjon/lokalt/sykehjem/tildeling/');
    await page.getByText('Ingen versjon er lagret ennå.').waitFor();
    expect(await page.getByLabel('Teksten som gjelder Verdal kommune').inputValue()).toBe('');
  });
});
