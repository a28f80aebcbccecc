/**
 * A review round end to end in Chromium: an editor sends a saved revision to a council, the council
 * reads it on /rad/ with its code (changes marked) and recommends it, the revision is published,
 * and the article shows «Gjennomgått av <råd>, <dato>» – also without JavaScript.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../functions/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../functions/local/server.ts';
import { norwegianDate } from '../../src/core/norwegian-date.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { editorFetch, signInAsEditor } from './support/editors.ts';

const COUNCIL = 'Eldrerådet';
const NEW_SUMMARY = 'Hjemmesykepleie er helsehjelp der du bor. Du søker hos kommunen. Hjelpen er gratis.';

const dataDir = mkdtempSync(join(tmpdir(), 'abc-review-round-'));
let server: LocalServer;
let browser: Browser;
let token: string;
let code: string;

const api = editorFetch(() => server.url, () => token);

beforeAll(async () => {
  [server, browser] = await Promise.all([startLocalServer({ port: 0, dataDir, distDir: 'dist' }), launchBrowser()]);
  token = await signEditorToken(await loadOrCreateEditorKey(dataDir), { name: 'Kari Redaktør' });
  // The local server's demo council is «Eldrerådet».
  code = server.demoCouncilCode;
  const source = readFileSync('content/articles/hjemmesykepleie.mdx', 'utf8').replace(/^summary: .*$/m, `summary: ${NEW_SUMMARY}`);
  expect((await api('/api/moderation/articles/hjemmesykepleie', { method: 'PUT', json: { source, version: 0, note: 'Enklere «Kort fortalt»' } })).status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a review round', () => {
  it('goes from the editor to the council and onto the published page', async () => {
    const editor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAsEditor({ baseUrl: server.url, editorPassword: server.editorPassword }, editor, '#artikkel/hjemmesykepleie');
    const reviews = editor.getByRole('region', { name: 'Uttalelser fra rådene' });
    await reviews.getByText('Versjon 1 sendes.').waitFor();
    await reviews.getByLabel(COUNCIL).check();
    await reviews.getByRole('button', { name: 'Send til uttalelse' }).click();
    await reviews.getByText('Versjon 1 er sendt til uttalelse.').waitFor();
    await reviews.locator('li', { hasText: `Versjon 1 – ${COUNCIL},` }).filter({ hasText: 'venter på uttalelse.' }).waitFor();

    const council = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await council.goto(`${server.url}/rad/`);
    await council.getByLabel('Rådskode').fill(code);
    await council.getByRole('button', { name: 'Vis forslagene' }).click();
    const request = council.locator('.council-item').filter({ hasText: 'Hjemmesykepleie' });
    await request.getByText('Venter på uttalelse fra rådet').waitFor();
    await request.getByRole('button', { name: 'Les teksten og gi uttalelse' }).click();
    await council.getByRole('heading', { level: 2, name: 'Uttalelse om «Hjemmesykepleie»' }).waitFor();
    const added = council.locator('ins.review-change');
    expect(await added.textContent()).toContain(`Nytt:${NEW_SUMMARY}`);
    expect(await council.locator('del.review-change').textContent()).toContain('Tas bort:');
    await expectNoAxeViolations(council);

    await council.getByRole('button', { name: 'Send uttalelsen' }).click();
    await council.getByText('Velg «Vi anbefaler teksten» eller «Vi har merknader».').waitFor();
    await council.getByLabel('Vi anbefaler teksten').check();
    await council.getByRole('button', { name: 'Send uttalelsen' }).click();
    await council.getByText('Takk! Uttalelsen er sendt til redaksjonen.').waitFor();
    await council.getByText(`Uttalelse fra ${COUNCIL}, ${norwegianDate(new Date())}: Vi anbefaler teksten`).waitFor();

    await council.setViewportSize({ width: 320, height: 640 });
    expect(await council.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await editor.reload();
    await editor.getByText('Logget inn som').waitFor();
    await reviews.locator('li', { hasText: `Versjon 1 – ${COUNCIL},` }).filter({ hasText: 'anbefaler teksten' }).waitFor();
    await expectNoAxeViolations(editor);

    const { id } = (await (await api('/api/moderation/publish', { method: 'POST', json: { slugs: ['hjemmesykepleie'] } })).json()) as { id: string };
    await server.publishingIdle();
    expect(await (await api(`/api/moderation/publish/${id}`)).json()).toMatchObject({ status: 'live' });

    const reader = await browser.newPage({ javaScriptEnabled: false });
    await reader.goto(`${server.url}/hjemmesykepleie/`);
    await reader.getByText(NEW_SUMMARY).waitFor();
    expect(await reader.locator('[data-council-review]').textContent()).toBe(`Gjennomgått av ${COUNCIL}, ${norwegianDate(new Date())}`);
  }, 400_000);

  it('tells a council without requests that there are none', async () => {
    const other = ((await (await api('/api/moderation/councils', { method: 'POST', json: { name: 'Brukerrådet' } })).json()) as { code: string }).code;
    const page = await browser.newPage();
    await page.goto(`${server.url}/rad/`);
    await page.getByLabel('Rådskode').fill(other);
    await page.getByRole('button', { name: 'Vis forslagene' }).click();
    await page.getByText('Rådet har ingen tekster til uttalelse nå.').waitFor();
    expect(await page.getByText('Hjemmesykepleie').count()).toBe(0);
  }, 60_000);
});
