/**
 * Issue 27, «Done when», in the browser: a word the book lacks is searched five times on two days
 * (the server's clock moved on a day), with and without JavaScript; the editors' insight lists it as
 * missed, «Lag forslag om nytt tema» and «Legg til som søkeord i …» work from it, the council's page
 * and its monthly e-mail show it, and a question holding a phone number or an e-mail address is
 * found nowhere in the table. The insight page is axe-clean, and readable without JavaScript.
 * Its own server, for the clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import { createDocumentClient } from '../../functions/shared/storage/client.ts';
import { readOutbox } from '../integration/support/outbox.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { DIST_DIR } from './support/site.ts';
import { EDITOR_NAME, useSite } from './support/use-site.ts';

const site = useSite();
const DAY = 86_400_000;
const WORD = 'rullatorsete';
const dataDir = mkdtempSync(join(tmpdir(), 'abc-insight-'));
let time = Date.now() - DAY;
let server: LocalServer;
let token: string;

type Report = {
  searches: { total: number; top: { q: string; count: number }[]; missed: { q: string; count: number; days: number }[] };
  pages: { slug: string; yes: number; no: number }[];
};

const api = (path: string, init: RequestInit = {}) =>
  fetch(server.url + path, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
const report = async (): Promise<Report> => (await api('/api/moderation/insight')).json() as Promise<Report>;

/** Waits until the server has counted `total` searches (a beacon arrives after the page moved on). */
async function counted(total: number): Promise<Report> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const current = await report();
    if (current.searches.total >= total) return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server never counted ${total} searches`);
}

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.newPage(options);
  await page.goto(server.url + path);
  return page;
}

/** A reader with JavaScript: types on the search page and presses Enter. */
async function searchWithScript(q: string): Promise<Page> {
  const page = await open('/sok/');
  await page.locator('#search-page-field').fill(q);
  await page.locator('#search-page-field').press('Enter');
  await page.locator('[data-search-status]').filter({ hasText: q }).waitFor();
  return page;
}

/** A reader without JavaScript: the form goes to GET /api/sok. */
async function searchWithoutScript(q: string): Promise<Page> {
  const page = await open('/sok/', { javaScriptEnabled: false });
  await page.locator('#search-page-field').fill(q);
  await page.locator('#search-page-field').press('Enter');
  await page.waitForURL(/\/api\/sok\?q=/);
  return page;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/redaksjon/`);
  await page.getByLabel('Navnet ditt').fill(EDITOR_NAME);
  await page.getByLabel('Passord').fill(server.editorPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByText('Logget inn som').waitFor();
}

beforeAll(async () => {
  server = await startLocalServer({
    port: 0,
    dataDir,
    distDir: DIST_DIR,
    env: { ...process.env, SUGGESTION_RATE_LIMIT: '0' },
    now: () => new Date(time),
  });
  const signedIn = await fetch(`${server.url}/api/local/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: EDITOR_NAME, password: server.editorPassword }),
  });
  token = ((await signedIn.json()) as { token: string }).token;
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('readers search for a word the book lacks, on two days, with and without JavaScript', { timeout: 300_000 }, () => {
  it('shows it to editors as missed, and keeps no phone number or e-mail address anywhere', async () => {
    // Day one: a reader with JavaScript, one without, and a third search straight to the API.
    await searchWithScript(WORD);
    await searchWithoutScript(WORD);
    await fetch(`${server.url}/api/insight/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: WORD, results: 0 }),
    });
    await searchWithScript('ring datteren min på 91 23 45 67');
    await fetch(`${server.url}/api/sok?q=${encodeURIComponent('ola.nordmann@example.no')}`);
    await counted(5);
    time += DAY;
    // Day two: one more with JavaScript and one more without.
    await searchWithScript(WORD);
    await fetch(`${server.url}/api/sok?q=${WORD}`);
    const numbers = await counted(7);
    expect(numbers.searches.missed).toContainEqual({ q: WORD, count: 5, days: 2 });

    const { env } = server.context;
    const client = createDocumentClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT });
    const { Items = [] } = await client.send(new ScanCommand({ TableName: env.TABLE_NAME }));
    client.destroy();
    const table = JSON.stringify(Items);
    expect(table).toContain(WORD);
    for (const secret of ['91 23 45 67', '91234567', 'ola.nordmann', 'example.no']) expect(table).not.toContain(secret);
  });

  it('counts an opened result, with JavaScript and without it (the browser’s ping)', async () => {
    const before = (await report()).searches.total;
    const withScript = await searchWithScript('sykehjem');
    await withScript.locator('[data-search-result]').first().click();
    await withScript.waitForURL(/\/sykehjem/);
    const withoutScript = await searchWithoutScript('sykehjem');
    await withoutScript.locator('[data-search-result]').first().click();
    await withoutScript.waitForURL(/\/sykehjem/);
    await counted(before + 2);
    const { env } = server.context;
    const client = createDocumentClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT });
    // A ping is the browser's own request, sent when it likes: wait for it as long as a busy machine may need.
    for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
      const { Items = [] } = await client.send(new ScanCommand({ TableName: env.TABLE_NAME }));
      const item = Items.find((candidate) => candidate.pk === 'INSIGHT#SEARCHES' && candidate.q === 'sykehjem');
      if (item?.opened === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { Items = [] } = await client.send(new ScanCommand({ TableName: env.TABLE_NAME }));
    client.destroy();
    expect(Items.find((candidate) => candidate.pk === 'INSIGHT#SEARCHES' && candidate.q === 'sykehjem')).toMatchObject({
      searches: 2,
      opened: 2,
    });
  });
});

describe('the editors’ insight page', { timeout: 300_000 }, () => {
  it('lists the missed search, is axe-clean, and files a new-topic suggestion from it', async () => {
    const page = await site.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Innsikt' }).click();
    const row = page.locator('[data-missed-rows] tr').filter({ hasText: WORD });
    await row.waitFor();
    await expect(row.locator('td.number').allTextContents()).resolves.toEqual(['5', '2']);
    await page.locator('[data-week-chart] svg rect').first().waitFor({ state: 'attached' });
    expect(await page.locator('[data-week-rows] tr').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await row.getByRole('button', { name: 'Lag forslag om nytt tema' }).click();
    await page
      .locator('[data-missed-message]')
      .getByText(/Forslaget F-\d{4}-\d{4,} om «rullatorsete» ligger nå i køen/)
      .waitFor();
    const queue = (await (await api('/api/moderation/suggestions?status=new')).json()) as {
      items: { id: string; kind: string; title?: string; channel?: { via: string } }[];
    };
    expect(queue.items.find((item) => item.title?.includes(WORD))).toMatchObject({ kind: 'new-topic', channel: { via: 'search' } });
  });

  it('opens the article editor with the word added to the article’s aliases, unsaved', async () => {
    const page = await site.newPage();
    await signIn(page);
    await page.goto(`${server.url}/redaksjon/innsikt/`);
    const row = page.locator('[data-missed-rows] tr').filter({ hasText: WORD });
    await row.getByLabel(`Legg til «${WORD}» som søkeord i`).selectOption('hjelpemidler');
    await row.getByRole('button', { name: 'Legg til som søkeord' }).click();
    await page.waitForURL(/#artikkel\/hjelpemidler\?sokeord=rullatorsete/);
    await page.locator('[data-save-message]').getByText(`«${WORD}» er lagt til som søkeord`).waitFor();
    expect(await page.locator('#article-aliases').inputValue()).toMatch(new RegExp(`\\n${WORD}$`));
    const saved = (await (await api('/api/moderation/articles/hjelpemidler')).json()) as { version: number; source: string };
    expect(saved.source).not.toContain(WORD);
  });

  it('reads without JavaScript: what is counted and how, and that the numbers need a signed-in editor', async () => {
    const page = await open('/redaksjon/innsikt/', { javaScriptEnabled: false });
    await expect(page.locator('h1').textContent()).resolves.toBe('Innsikt');
    await page.getByText('Vi teller, men vet aldri hvem.', { exact: false }).waitFor();
    // Playwright's text search leaves <noscript> out, so the notice is found by its class.
    const notice = page.locator('.insight .notice');
    expect(await notice.textContent()).toContain('Sidene for redaksjonen trenger JavaScript');
    expect(await notice.isVisible()).toBe(true);
    // Axe needs script: signed out, the page with JavaScript says to sign in first and shows nothing else.
    const signedOut = await open('/redaksjon/innsikt/');
    await signedOut.locator('[data-insight-message]').getByText('Logg inn på Redaksjonen først').waitFor();
    await expectNoAxeViolations(signedOut);
  });
});

describe('the councils', { timeout: 300_000 }, () => {
  let code: string;

  beforeAll(async () => {
    const created = (await (
      await api('/api/moderation/councils', { method: 'POST', body: JSON.stringify({ name: 'Rådet for innsikt' }) })
    ).json()) as {
      council: { id: string };
      code: string;
    };
    code = created.code;
    await api(`/api/moderation/councils/${created.council.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ contactEmail: 'innsikt@example.no' }),
    });
  });

  it('see the month’s missed searches on /rad/', async () => {
    const page = await open('/rad/');
    await page.getByLabel('Rådskode').fill(code);
    await page.getByRole('button', { name: /Vis/ }).click();
    await page.locator('[data-insight-missed] tr').filter({ hasText: WORD }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('get them in the monthly e-mail editors send with «Send nå»', async () => {
    const page = await site.newPage();
    await signIn(page);
    await page.goto(`${server.url}/redaksjon/innsikt/`);
    await page.getByRole('button', { name: 'Send nå' }).click();
    await page.locator('[data-digest-outcomes]').getByText('Rådet for innsikt: sendt').waitFor();
    const mail = readOutbox(join(dataDir, 'outbox')).find((message) => message.to === 'innsikt@example.no');
    expect(mail?.body).toContain(`«${WORD}»: 5 søk på 2 dager`);
  });
});
