import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import { buildSite } from '../../tools/local/site-builder.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { norwegianDate } from '../../src/core/norwegian-date.ts';

const NEW_SUMMARY = 'Et sykehjem gir deg hjelp hele døgnet. Du søker om plass hos kommunen. Du betaler ut fra hva du tjener.';
const OLD_SUMMARY_START = 'Et sykehjem er et hjem med hjelp hele døgnet';
const NEW_TITLE = 'Trygg i eget hjem';

const dataDir = mkdtempSync(join(tmpdir(), 'abc-publish-'));
let server: LocalServer;
let browser: Browser;
let token: string;

// The printed book has its own tests; here only the pages matter, so the PDFs are left out.
const start = () => startLocalServer({ port: 0, dataDir, distDir: 'dist', buildSite });
const api = (path: string, init: RequestInit & { json?: unknown } = {}) =>
  fetch(server.url + path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.json === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });

beforeAll(async () => {
  [server, browser] = await Promise.all([start(), launchBrowser()]);
  token = await signEditorToken(await loadOrCreateEditorKey(dataDir), { name: 'Kari Redaktør' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page, hash: string): Promise<void> {
  await page.goto(`${server.url}/redaksjon/${hash}`);
  await page.getByLabel('Navnet ditt').fill('Kari Redaktør');
  await page.getByLabel('Passord').fill(server.editorPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByText('Logget inn som').waitFor();
}

/** A second article made from a real one: new slug, title and everyday words, so it passes the content rules. */
function newArticle(): string {
  return readFileSync('content/articles/trygghetsalarm.mdx', 'utf8')
    .replace(/^title: .*$/m, `title: ${NEW_TITLE}`)
    .replace(/^aliases:[\s\S]*?(?=^related:)/m, 'aliases: [trygg hjemme, bo trygt alene, eget hjem trygt]\n');
}

describe('an editor publishes a change to the book', () => {
  it('edits «Kort fortalt» of /sykehjem/ in the form, publishes, and readers get the new page while the old one kept answering', async () => {
    const suggestion = await fetch(`${server.url}/api/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'correction', topic: 'sykehjem', text: 'Kort fortalt er vanskelig å forstå.' }),
    });
    const { id: suggestionId } = (await suggestion.json()) as { id: string };

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, `#artikkel/sykehjem?forslag=${suggestionId}`);
    await page.getByRole('heading', { name: 'Endre «Sykehjem (langtidsopphold)»' }).waitFor();
    await page.getByRole('complementary', { name: 'Forslaget du svarer på' }).getByText('Kort fortalt er vanskelig å forstå.').waitFor();
    await page.getByLabel('Kort fortalt', { exact: true }).fill(NEW_SUMMARY);
    await page.getByLabel('Hva har du endret?').fill('Enklere ord');
    await page.getByText('Teksten følger reglene for boka.').waitFor();
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.getByText('Lagret som versjon 1.').waitFor();
    await expectNoAxeViolations(page);

    expect(
      (
        await api('/api/moderation/articles/ny-trygghet', {
          method: 'PUT',
          json: { source: newArticle(), version: 0, note: 'Ny artikkel' },
        })
      ).status,
    ).toBe(200);
    const retired = await api('/api/moderation/articles/korttidsopphold', {
      method: 'PUT',
      json: { source: readFileSync('content/articles/korttidsopphold.mdx', 'utf8'), version: 0, retiredBy: 'sykehjem' },
    });
    expect(retired.status).toBe(200);

    const answers: { status: number; old: boolean; fresh: boolean }[] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const response = await fetch(`${server.url}/sykehjem/`);
        const html = await response.text();
        answers.push({ status: response.status, old: html.includes(OLD_SUMMARY_START), fresh: html.includes(NEW_SUMMARY) });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    await page.goto(`${server.url}/redaksjon/#artikler`);
    await page.getByRole('button', { name: 'Publiser alle endringer som venter' }).click();
    await page.getByText('Publisering: Bygger nettsidene.').waitFor({ timeout: 60_000 });
    await page.getByText(/^Tid så langt: \d+ (s|min)/).waitFor();
    await page.getByText('Publisering: Ferdig. Publisert. Leserne ser endringene nå.').waitFor({ timeout: 300_000 });
    await page.getByText(/^Tok \d+ (s|min)/).waitFor();
    watching = false;
    await watch;

    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const firstFresh = answers.findIndex((answer) => answer.fresh);
    expect(firstFresh).toBeGreaterThan(0);
    expect(answers.slice(0, firstFresh).every((answer) => answer.old)).toBe(true);

    const reader = await browser.newPage();
    await reader.goto(`${server.url}/sykehjem/`);
    await reader.getByText(NEW_SUMMARY).waitFor();
    expect(await reader.locator('[data-web-edition]').textContent()).toBe(`Nettsidene er oppdatert ${norwegianDate(new Date())}.`);
    await reader.goto(`${server.url}/ny-trygghet/`);
    await reader.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    await reader.goto(`${server.url}/korttidsopphold/`);
    await reader.waitForURL('**/sykehjem/');
    await reader.goto(`${server.url}/bokstav/k/`);
    // Without the soft hyphens long words carry for narrow screens.
    expect((await reader.getByRole('main').textContent())?.replaceAll('\u00ad', '')).toMatch(/Korttidsopphold.*Sykehjem/s);
    const searchIndex = (await (await fetch(`${server.url}/search-index.json`)).json()) as { documents: { slug: string; title: string }[] };
    const slugs = searchIndex.documents.map((document) => document.slug);
    expect(slugs).toContain('ny-trygghet');
    expect(slugs).not.toContain('korttidsopphold');

    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${server.url}/redaksjon/#artikkel/ny-trygghet`);
    await page.getByRole('heading', { name: `Endre «${NEW_TITLE}»` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await expectNoAxeViolations(page);

    const linked = await server.context.storage.getSuggestion(suggestionId);
    expect(linked).toMatchObject({ status: 'published', publishedPage: 'sykehjem' });
  }, 400_000);

  it('keeps the published site after a restart', async () => {
    await server.close();
    server = await start();
    const html = await (await fetch(`${server.url}/sykehjem/`)).text();
    expect(html).toContain(NEW_SUMMARY);
  }, 60_000);
});

/**
 * A review round end to end, in this file because every publishing build of one checkout shares
 * Astro's .astro/ folder: two files publishing at once would break each other's build. Each build
 * has its own Astro cache, removed with its work folder, so this one runs after the earlier
 * publications' folders are gone (which broke every later build while the cache was shared).
 */
describe('a review round', () => {
  const COUNCIL = 'Eldrerådet';
  const REVIEWED_SUMMARY = 'Hjemmesykepleie er helsehjelp der du bor. Du søker hos kommunen. Hjelpen er gratis.';

  it('goes from the editor to the council (with its code, changes marked) and onto the published page as «Gjennomgått av»', async () => {
    const source = readFileSync('content/articles/hjemmesykepleie.mdx', 'utf8').replace(/^summary: .*$/m, `summary: ${REVIEWED_SUMMARY}`);
    expect(
      (
        await api('/api/moderation/articles/hjemmesykepleie', {
          method: 'PUT',
          json: { source, version: 0, note: 'Enklere «Kort fortalt»' },
        })
      ).status,
    ).toBe(200);

    const editor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(editor, '#artikkel/hjemmesykepleie');
    const reviews = editor.getByRole('region', { name: 'Uttalelser fra rådene' });
    await reviews.getByText('Versjon 1 sendes.').waitFor();
    // The local server's demo council is «Eldrerådet».
    await reviews.getByLabel(COUNCIL).check();
    await reviews.getByRole('button', { name: 'Send til uttalelse' }).click();
    await reviews.getByText('Versjon 1 er sendt til uttalelse.').waitFor();
    await reviews
      .locator('li', { hasText: `Versjon 1 – ${COUNCIL},` })
      .filter({ hasText: 'venter på uttalelse.' })
      .waitFor();

    const council = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await council.goto(`${server.url}/rad/`);
    await council.getByLabel('Rådskode').fill(server.demoCouncilCode);
    await council.getByRole('button', { name: 'Vis forslagene' }).click();
    const request = council.locator('.council-item').filter({ hasText: 'Hjemmesykepleie' });
    await request.getByText('Venter på uttalelse fra rådet').waitFor();
    await request.getByRole('button', { name: 'Les teksten og gi uttalelse' }).click();
    await council.getByRole('heading', { level: 2, name: 'Uttalelse om «Hjemmesykepleie»' }).waitFor();
    expect(await council.locator('ins.review-change').textContent()).toContain(`Nytt:${REVIEWED_SUMMARY}`);
    expect(await council.locator('del.review-change').textContent()).toContain('Tas bort:');
    await expectNoAxeViolations(council);

    await council.getByRole('button', { name: 'Send uttalelsen' }).click();
    await council.getByText('Velg «Vi anbefaler teksten» eller «Vi har merknader».').waitFor();
    await council.getByLabel('Vi anbefaler teksten').check();
    await council.getByRole('button', { name: 'Send uttalelsen' }).click();
    await council.getByText('Takk! Uttalelsen er sendt til redaksjonen.').waitFor();
    await council.getByText(`Uttalelse fra ${COUNCIL}, ${norwegianDate(new Date())}: Vi anbefaler teksten`).waitFor();
    await council.setViewportSize({ width: 320, height: 640 });
    expect(await council.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(
      0,
    );

    await editor.reload();
    await editor.getByText('Logget inn som').waitFor();
    await reviews
      .locator('li', { hasText: `Versjon 1 – ${COUNCIL},` })
      .filter({ hasText: 'anbefaler teksten' })
      .waitFor();
    await expectNoAxeViolations(editor);

    // The earlier publications' work folders (their books and Astro caches) are gone: this build needs none of them.
    expect(readdirSync(join(dataDir, 'publish'))).toEqual([]);
    const { id } = (await (await api('/api/moderation/publish', { method: 'POST', json: { slugs: ['hjemmesykepleie'] } })).json()) as {
      id: string;
    };
    await server.publishingIdle();
    expect(await (await api(`/api/moderation/publish/${id}`)).json()).toMatchObject({ status: 'live', stage: 'done' });

    const reader = await browser.newPage({ javaScriptEnabled: false });
    await reader.goto(`${server.url}/hjemmesykepleie/`);
    await reader.getByText(REVIEWED_SUMMARY).waitFor();
    expect(await reader.locator('[data-council-review]').textContent()).toBe(`Gjennomgått av ${COUNCIL}, ${norwegianDate(new Date())}`);
  }, 400_000);
});
