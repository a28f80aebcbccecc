/**
 * The editors of a nynorsk kommune: after a newer bokmål text is published, the list marks the
 * nynorsk text «eldre enn bokmålsteksten» and names it under «Nynorsk må oppdaterast»; the form
 * shows the bokmål beside the nynorsk text – stacked on a 390 px phone, side by side on a wide
 * screen – and saving with «Oppdatert etter bokmålsteksten» clears both. A bokmål server
 * publishes first, then a nynorsk one starts on the same data, serving the built site.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import type { SiteBuilder } from '../../tools/local/site-builder.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();
const dataDir = mkdtempSync(join(tmpdir(), 'abc-nynorsk-form-'));
const ADDED = 'Spør gjerne kommunen om hjelp til å fylle ut søknaden.';
let server: LocalServer;

/** The publication's web pages are not what this test looks at: an old stand-in, so the built dist/ stays the site served. */
const standIn: SiteBuilder = async (_book, outDir) => {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), 'forside');
  await utimes(join(outDir, 'index.html'), new Date(0), new Date(0));
};

beforeAll(async () => {
  const bokmal = await startLocalServer({ port: 0, dataDir, distDir: 'dist', buildSite: standIn, env: { SUGGESTION_RATE_LIMIT: '0' } });
  try {
    const token = await signEditorToken(await loadOrCreateEditorKey(dataDir), { name: 'Kari Redaktør' });
    const api = (path: string, json: unknown) =>
      fetch(bokmal.url + path, {
        method: path.endsWith('publish') ? 'POST' : 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
    const git = await readFile('content/articles/sykehjem.mdx', 'utf8');
    expect((await api('/api/moderation/articles/sykehjem', { source: `${git.trimEnd()}\n- ${ADDED}\n`, version: 0 })).status).toBe(200);
    expect((await api('/api/moderation/publish', { slugs: ['sykehjem'] })).status).toBeLessThan(300);
    await bokmal.publishingIdle();
  } finally {
    await bokmal.close();
  }
  server = await startLocalServer({ port: 0, dataDir, distDir: 'dist', env: { SUGGESTION_RATE_LIMIT: '0', BOOK_LANGUAGE: 'nn' } });
}, 180_000);

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page, hash: string): Promise<void> {
  await page.goto(`${server.url}/redaksjon/${hash}`);
  await page.getByLabel('Navnet ditt').fill('Nils Redaktør');
  await page.getByLabel('Passord').fill(server.editorPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByText('Logget inn som').waitFor();
}

const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

describe('the editors of a nynorsk kommune', () => {
  it('see the older nynorsk text marked, edit it beside the bokmål on a phone, and clear the mark', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, '#artikler');
    const row = page.locator('[data-article-row="sykehjem"]');
    await row.locator('[data-translation-older]').waitFor();
    await page.locator('[data-translations-due] [data-translation-due="sykehjem"]').waitFor();
    await row.getByText('Eldre enn bokmålsteksten').click();
    await row.locator('ins').filter({ hasText: ADDED }).getByText('Lagt til:').waitFor();

    await page.locator('[data-translation-due="sykehjem"] a').click();
    const beside = page.locator('[data-bokmal-beside]');
    await beside.locator('ins').filter({ hasText: ADDED }).waitFor();
    expect(await beside.getAttribute('data-translation-older')).toBe('');
    const bokmalText = page.getByLabel(/Bokmålsteksten slik/);
    expect(await bokmalText.inputValue()).toContain(ADDED);
    expect(await bokmalText.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('[name="body"]').inputValue()).toContain('sjukeheimen');

    // On a phone the bokmål comes first and the form under it, each the width of the screen.
    const [aside, form] = [await box(page, '[data-bokmal-beside]'), await box(page, '[data-article-form]')];
    expect(aside.y + aside.height).toBeLessThanOrEqual(form.y);
    expect(aside.x + aside.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);

    // On a wide screen they stand side by side.
    await page.setViewportSize({ width: 1400, height: 900 });
    const [wideAside, wideForm] = [await box(page, '[data-bokmal-beside]'), await box(page, '[data-article-form]')];
    expect(wideAside.x).toBeGreaterThanOrEqual(wideForm.x + wideForm.width);
    await page.setViewportSize({ width: 390, height: 844 });

    await page.getByLabel('Oppdatert etter bokmålsteksten').check();
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page
      .getByText(/versjon 1/)
      .first()
      .waitFor();
    await expect.poll(() => beside.getAttribute('data-translation-older')).toBeNull();
    expect(await beside.locator('[data-bokmal-older]').isHidden()).toBe(true);

    await page.goto(`${server.url}/redaksjon/#artikler`);
    await row.waitFor();
    await page.locator('[data-translations-due]').waitFor();
    expect(await row.locator('[data-translation-older]').count()).toBe(0);
    expect(await page.locator('[data-translation-due="sykehjem"]').count()).toBe(0);
  }, 300_000);
});
