import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../functions/local/server.ts';
import { signEditorToken, loadOrCreateEditorKey } from '../../functions/local/editor-key.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'abc-follow-e2e-'));
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startLocalServer({ port: 0, dataDir, distDir: 'dist', env: { SUGGESTION_RATE_LIMIT: '0' } }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(javaScriptEnabled: boolean, viewport = { width: 1024, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport });
  return context.newPage();
}

async function sendFromTheForm(page: Page, councilCode?: string): Promise<string> {
  await page.goto(`${server.url}/foresla/`);
  await page.getByLabel('Noe er feil eller mangler').check();
  await page.getByLabel('Hvilken side gjelder det?').selectOption('sykehjem');
  await page.getByLabel('Hva vil du foreslå?').fill('Besøkstidene på sykehjemmet står ikke på siden.');
  if (councilCode) {
    await page.getByText('Sender du inn på vegne av et råd?').click();
    await page.getByLabel('Rådskode').fill(councilCode);
  }
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await page.waitForURL(/\/api\/foresla\/takk\?referanse=/);
  return (await page.locator('.reference').textContent())!;
}

/** axe needs scripts, so the same address is checked in a page that runs them. */
async function expectAccessible(url: string): Promise<void> {
  const page = await newPage(true);
  await page.goto(url);
  await expectNoAxeViolations(page);
  await page.context().close();
}

async function decide(id: string, steps: Record<string, unknown>[]): Promise<void> {
  const token = await signEditorToken(await loadOrCreateEditorKey(dataDir), { name: 'Kari Redaktør' });
  for (const [index, step] of steps.entries()) {
    const response = await fetch(`${server.url}/api/moderation/suggestions/${id}`, { method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ version: index + 1, ...step }) });
    expect(response.status).toBe(200);
  }
}

describe('the reference on the thank-you page', () => {
  it.each([false, true])('is shown with «Sendt på vegne av» for a council (JavaScript: %s)', async (javaScriptEnabled) => {
    const page = await newPage(javaScriptEnabled);
    const reference = await sendFromTheForm(page, server.demoCouncilCode);
    expect(reference).toMatch(/^F-\d{4}-\d{4}$/);
    const receipt = page.locator('[data-receipt]');
    expect(await receipt.isVisible()).toBe(true);
    expect(await receipt.textContent()).toContain('Sendt på vegne av Eldrerådet.');
    expect(await page.getByRole('link', { name: 'Følg forslaget' }).getAttribute('href')).toBe('/folg/');
    await expectAccessible(page.url());
    await page.context().close();
  });

  it('says nothing about a council when a citizen sent it', async () => {
    const page = await newPage(false);
    await sendFromTheForm(page);
    expect(await page.getByText('Sendt på vegne av').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('«Følg forslaget»', () => {
  it('shows «Mottatt» for a new suggestion, typed in lower case without JavaScript', async () => {
    const page = await newPage(false);
    const reference = await sendFromTheForm(page);
    await page.goto(`${server.url}/folg/`);
    await page.getByLabel('Referanse').fill(reference.toLowerCase());
    await page.getByRole('button', { name: 'Vis status' }).click();
    await page.waitForURL(/\/api\/folg\?referanse=/);
    expect(await page.getByRole('heading', { level: 2, name: `Forslag ${reference}` }).isVisible()).toBe(true);
    expect(await page.locator('.follow-stage:visible').textContent()).toBe('Mottatt');
    expect(await page.getByLabel('Referanse').inputValue()).toBe(reference.toLowerCase());
    await expectAccessible(page.url());
    await expectAccessible(`${server.url}/folg/`);
    await page.context().close();
  });

  it('shows «Endringen er publisert – les siden» with the answer and the link once published', async () => {
    const page = await newPage(false);
    const reference = await sendFromTheForm(page);
    const id = (await server.context.storage.findSuggestionIdByReference(reference))!;
    await decide(id, [{ status: 'in-review' }, { status: 'accepted' }, { status: 'published', publicAnswer: 'Besøkstidene står nå på siden.' }]);
    await page.goto(`${server.url}/api/folg?referanse=${reference}`);
    expect(await page.locator('.follow-stage:visible').textContent()).toBe('Endringen er publisert – les siden');
    expect(await page.getByRole('link', { name: 'les siden' }).getAttribute('href')).toBe('/sykehjem/');
    expect(await page.locator('[data-follow-answer]').textContent()).toContain('Besøkstidene står nå på siden.');
    expect(await page.content()).not.toContain('Besøkstidene på sykehjemmet står ikke på siden.');
    await page.context().close();
  });

  it('says «Ikke tatt med – begrunnelse» with the reason for a rejected one', async () => {
    const page = await newPage(false);
    const reference = await sendFromTheForm(page);
    const id = (await server.context.storage.findSuggestionIdByReference(reference))!;
    await decide(id, [{ status: 'in-review' }, { status: 'rejected', publicAnswer: 'Dette står allerede under «Besøk».' }]);
    await page.goto(`${server.url}/api/folg?referanse=${reference}`);
    expect(await page.locator('.follow-stage:visible').textContent()).toBe('Ikke tatt med – begrunnelse');
    expect(await page.locator('[data-follow-answer]').textContent()).toContain('Dette står allerede under «Besøk».');
    await page.context().close();
  });

  it('answers an unknown reference with 404 and a plain message, keeping what was typed', async () => {
    const page = await newPage(false);
    const response = await page.goto(`${server.url}/api/folg?referanse=F-1999-0001`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('alert').filter({ hasText: 'Vi fant ikke' }).textContent()).toContain('«F-1999-0001»');
    expect(await page.getByLabel('Referanse').inputValue()).toBe('F-1999-0001');
    await page.context().close();
  });

  it('reflows without horizontal scrolling at 320 CSS px', async () => {
    const page = await newPage(false, { width: 320, height: 640 });
    const reference = await sendFromTheForm(page, server.demoCouncilCode);
    for (const path of ['/folg/', `/api/folg?referanse=${reference}`, `/api/foresla/takk?referanse=${reference}&rad=R%C3%A5det%20for%20personer%20med%20funksjonsnedsettelse`]) {
      await page.goto(server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});
