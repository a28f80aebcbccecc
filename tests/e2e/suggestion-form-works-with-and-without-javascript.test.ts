import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../functions/local/server.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'abc-form-e2e-'));
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

async function open(path: string, javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(server.url + path);
  return { context, page };
}

const newest = async () => (await server.context.storage.listSuggestions({ status: 'new', limit: 1 })).items[0];

describe('the suggestion form without JavaScript', () => {
  it('posts the plain form and lands on the thank-you page with the suggestion stored', async () => {
    const { context, page } = await open('/foresla/', false);
    await page.getByLabel('Noe er feil eller mangler').check();
    await page.getByLabel('Hvilken side gjelder det?').selectOption('sykehjem');
    await page.getByLabel('Hva vil du foreslå?').fill('Åpningstidene for besøk står ikke på siden. 👵🏽 <b>');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL('**/foresla/takk/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Takk for forslaget');
    expect(await newest()).toMatchObject({ kind: 'correction', topic: 'sykehjem', text: 'Åpningstidene for besøk står ikke på siden. 👵🏽 <b>' });
    await context.close();
  });

  it('comes back with the error beside the field and at the top, and Back gives the text again', async () => {
    const { context, page } = await open('/foresla/', false);
    await page.getByLabel('Et spørsmål').check();
    await page.getByLabel('Hva vil du foreslå?').fill('Et spørsmål fra Eldrerådet om trygghetsalarm');
    await page.getByText('Sender du inn på vegne av et råd?').click();
    await page.getByLabel('Rådskode').fill('FEIL-KODE-1234');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL('**/foresla/?feil=councilCode#feil-councilCode');
    expect(await page.locator('#feil-councilCode').isVisible()).toBe(true);
    expect(await page.locator('#feilsammendrag').isVisible()).toBe(true);
    expect(await page.locator('#feilsammendrag').textContent()).toContain('Tilbake-knappen');
    await page.goBack();
    expect(await page.getByLabel('Hva vil du foreslå?').inputValue()).toBe('Et spørsmål fra Eldrerådet om trygghetsalarm');
    await context.close();
  });

  it('shows the general note when the server could not take it', async () => {
    const { context, page } = await open('/foresla/?feil=teknisk#feil-teknisk', false);
    expect(await page.locator('#feil-teknisk').isVisible()).toBe(true);
    expect(await page.locator('#feil-text').isVisible()).toBe(false);
    await context.close();
    // axe runs as page script, so the same :target state is checked with JavaScript on.
    const enabled = await open('/foresla/?feil=councilCode#feil-councilCode', true);
    expect(await enabled.page.locator('#feil-councilCode').isVisible()).toBe(true);
    await expectNoAxeViolations(enabled.page);
    await enabled.context.close();
  });
});

describe('the suggestion form with JavaScript', () => {
  it('is filled in from ?tema, ?type and ?tekst', async () => {
    const { context, page } = await open(`/foresla/?tema=sykehjem&type=question&tekst=${encodeURIComponent('Hvor lang er ventetiden?')}`, true);
    expect(await page.getByLabel('Hvilken side gjelder det?').inputValue()).toBe('sykehjem');
    expect(await page.getByLabel('Et spørsmål').isChecked()).toBe(true);
    expect(await page.getByLabel('Hva vil du foreslå?').inputValue()).toBe('Hvor lang er ventetiden?');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows errors beside the fields and a summary at the top, without leaving the page', async () => {
    const { context, page } = await open('/foresla/', true);
    await page.getByLabel('Hva vil du foreslå?').fill('kort');
    await page.getByLabel('E-post').fill('ikke-en-adresse');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.locator('#feilsammendrag.is-shown').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feilsammendrag');
    expect(await page.locator('#feilsammendrag li').allTextContents()).toHaveLength(3);
    const text = page.getByLabel('Hva vil du foreslå?');
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await text.getAttribute('aria-describedby')).toContain('feil-text');
    expect(await page.locator('#feil-text').textContent()).toContain('minst 10 tegn');
    expect(await page.locator('#feil-email').isVisible()).toBe(true);
    expect(await text.inputValue()).toBe('kort');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('keeps the draft when the API answers 503, says what to do, and sends it once the API is back', async () => {
    const { context, page } = await open('/foresla/', true);
    await context.route('**/api/suggestions', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'storage-unavailable', message: 'Prøv igjen.' } }) }),
    );
    const text = 'Jeg har skrevet lenge om hvordan det er å søke om sykehjemsplass for mannen min.';
    await page.getByLabel('Et nytt tema').check();
    await page.getByLabel('Hva vil du foreslå?').fill(text);
    await page.getByLabel('Navn').fill('Kari');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    const status = page.locator('[data-send-status]');
    await status.filter({ hasText: 'tatt vare på' }).waitFor();
    expect(await status.textContent()).toMatch(/Prøv å sende igjen/);

    await page.reload();
    expect(await page.getByLabel('Hva vil du foreslå?').inputValue()).toBe(text);
    expect(await page.getByLabel('Navn').inputValue()).toBe('Kari');
    expect(await page.getByLabel('Et nytt tema').isChecked()).toBe(true);
    expect(await page.locator('[data-draft-note]').isVisible()).toBe(true);

    await context.route('**/api/suggestions', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await status.filter({ hasText: 'internett' }).waitFor();

    await context.unroute('**/api/suggestions');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL('**/foresla/takk/');
    expect(await page.evaluate(() => localStorage.getItem('alderdommens-abc:forslag-utkast'))).toBeNull();
    expect(await newest()).toMatchObject({ kind: 'new-topic', text, hasContact: true });
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('stores a retried submission once, thanks to the Idempotency-Key kept with the draft', async () => {
    const { context, page } = await open('/foresla/', true);
    let answered = 0;
    // The first answer is lost on the way back: the server stored it, the browser saw a failure.
    await context.route('**/api/suggestions', async (route) => {
      const response = await route.fetch();
      answered += 1;
      if (answered === 1) await route.abort('connectionreset');
      else await route.fulfill({ response });
    });
    const text = 'Et forslag som ble sendt to ganger fordi nettet falt ut.';
    await page.getByLabel('Et spørsmål').check();
    await page.getByLabel('Hva vil du foreslå?').fill(text);
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.locator('[data-send-status]').filter({ hasText: 'internett' }).waitFor();
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL('**/foresla/takk/');
    const stored = (await server.context.storage.listSuggestions({ status: 'new', limit: 100 })).items.filter((item) => item.text === text);
    expect(stored).toHaveLength(1);
    await context.close();
  });
});

/** Every article ends with the widget; this one is also the CSP test's article. */
const ARTICLE = '/sykehjem/';

describe('the page feedback widget at the end of an article', () => {
  it('records Ja/Nei without JavaScript and comes back to the page with thanks', async () => {
    const { context, page } = await open(ARTICLE, false);
    await page.getByLabel('Vil du fortelle oss mer? (valgfritt)').fill('Savner priser');
    await page.getByRole('button', { name: 'Nei', exact: true }).click();
    await page.waitForURL(`**${ARTICLE}#takk-for-tilbakemeldingen`);
    expect(await page.locator('#takk-for-tilbakemeldingen').isVisible()).toBe(true);
    const feedback = await server.context.storage.listPageFeedback(ARTICLE, { limit: 5 });
    expect(feedback).toMatchObject({ no: 1 });
    expect(feedback.items[0]?.comment).toBe('Savner priser');
    await context.close();
  });

  it('records it in the background with JavaScript and thanks in place', async () => {
    const { context, page } = await open(ARTICLE, true);
    await page.getByRole('button', { name: 'Ja', exact: true }).click();
    await page.locator('[data-page-feedback-answered]').waitFor();
    expect(page.url()).toBe(server.url + ARTICLE);
    expect((await server.context.storage.listPageFeedback(ARTICLE, { limit: 5 })).yes).toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
