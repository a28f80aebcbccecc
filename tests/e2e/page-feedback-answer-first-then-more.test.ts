import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../functions/local/editor-key.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startSite, type RunningSite } from './support/site.ts';

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the editors see for a page: the Ja/Nei counts and each answer, read through their API. */
async function feedbackFor(page: string) {
  const token = await signEditorToken(await loadOrCreateEditorKey(site.dataDir));
  const response = await fetch(`${site.url}/api/moderation/feedback/page?page=${encodeURIComponent(page)}`, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as { yes: number; no: number; items: { useful: boolean; comment?: string }[] };
}

const box = (page: Page) => page.locator('[data-page-feedback]');

describe('page feedback', () => {
  it('asks Ja / Nei first, then «Vil du fortelle oss mer?» with a warning against personal and health details', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/fastlege/`);
    const order = await box(page).locator('button, label, textarea').evaluateAll((elements) => elements.filter((element) => !(element as HTMLElement).hidden).map((element) => element.textContent?.trim() || element.tagName));
    expect(order.slice(0, 3)).toEqual(['Ja', 'Nei', 'Vil du fortelle oss mer? (valgfritt)']);
    expect(await box(page).locator('#page-feedback-hint').textContent()).toMatch(/Ikke skriv navn, noe om helsen din eller andre personlige opplysninger/);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('sends Ja at once and keeps the comment open; a comment sent afterwards joins that answer', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/tannhelse/`);
    await box(page).getByRole('button', { name: 'Ja' }).click();
    await box(page).locator('[data-page-feedback-answered]').waitFor();
    expect(await box(page).locator('[data-page-feedback-answered]').textContent()).toMatch(/^Takk for svaret!/);
    expect(await box(page).getByRole('button', { name: 'Ja' }).isVisible()).toBe(false);
    expect(await box(page).getByLabel('Vil du fortelle oss mer? (valgfritt)').isVisible()).toBe(true);
    await box(page).getByLabel('Vil du fortelle oss mer? (valgfritt)').fill('Fint med prisene, men hva med tannlegevakt?');
    await box(page).getByRole('button', { name: 'Send kommentaren' }).click();
    await box(page).getByText('Takk! Vi har fått det du skrev.').waitFor();
    const stored = await feedbackFor('/tannhelse/');
    expect({ yes: stored.yes, no: stored.no }).toEqual({ yes: 1, no: 0 });
    expect(stored.items).toEqual([expect.objectContaining({ useful: true, comment: 'Fint med prisene, men hva med tannlegevakt?' })]);
    await page.close();
  });

  it('works without JavaScript: a comment written in the field goes with the answer', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/legevakt/`);
    await box(page).getByLabel('Vil du fortelle oss mer? (valgfritt)').fill('Savner åpningstidene');
    await Promise.all([page.waitForURL('**/legevakt/#takk-for-tilbakemeldingen'), box(page).getByRole('button', { name: 'Nei' }).click()]);
    expect(await page.locator('#takk-for-tilbakemeldingen').isVisible()).toBe(true);
    const stored = await feedbackFor('/legevakt/');
    expect(stored.items).toEqual([expect.objectContaining({ useful: false, comment: 'Savner åpningstidene' })]);
    await context.close();
  });
});
