import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

/** Axe needs script, so it checks the same server-rendered address in a page with JavaScript (which leaves it as served). */
async function expectAccessible(url: string): Promise<void> {
  const page = await site.newPage();
  await page.goto(url);
  await expectNoAxeViolations(page);
}

/** Types into the page's search field and presses the button, as a reader without JavaScript does. */
async function searchFrom(page: Page, fieldSelector: string, query: string): Promise<void> {
  await page.locator(fieldSelector).fill(query);
  await Promise.all([page.waitForURL('**/api/sok?q=*'), page.locator(fieldSelector).press('Enter')]);
}

const resultPaths = (page: Page) =>
  page.locator('[data-search-result]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe('search with JavaScript switched off', () => {
  it('finds «sykehjem» from the search field in the header of an article, keeping the query in the field', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/tannhelse/`);
    await searchFrom(page, 'header input[name="q"]', 'sykehjem');
    expect((await resultPaths(page))[0]).toBe('/sykehjem/');
    expect(await page.locator('form[data-search-form] input[name="q"]').inputValue()).toBe('sykehjem');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/passer godt til «sykehjem»/);
    expect(await page.locator('main').textContent()).not.toContain('trenger JavaScript');
    await expectAccessible(page.url());
  });

  it('finds «parorende» typed without æ/ø/å and offers the book spelling under «Mente du»', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/sok/`);
    await searchFrom(page, 'form[data-search-form] input[name="q"]', 'parorende');
    expect((await resultPaths(page))[0]).toBe('/parorende/');
    const didYouMean = page.locator('[data-search-did-you-mean] a');
    expect(await didYouMean.first().textContent()).toBe('pårørende');
    await Promise.all([page.waitForURL('**/api/sok?q=*'), didYouMean.first().click()]);
    expect(await page.locator('form[data-search-form] input[name="q"]').inputValue()).toBe('pårørende');
  });

  it('answers a query with no hits with the help, not a refusal', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/sok/`);
    await searchFrom(page, 'form[data-search-form] input[name="q"]', 'gamlhjemmm');
    expect(await resultPaths(page)).toEqual([]);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('h2').textContent()).toBe('Vi fant ingen sider om «gamlhjemmm».');
    expect(await page.locator('[data-search-closest] a').first().getAttribute('href')).toBe('/sykehjem/');
    expect(await page.getByRole('link', { name: 'Spør oss eller foreslå et tema' }).getAttribute('href')).toBe(
      '/foresla/?type=question&tekst=gamlhjemmm',
    );
    expect(await page.locator('.search-page .letter-strip a').count()).toBeGreaterThan(20);
    expect(await page.locator('.search-page .tiles a').count()).toBe(8);
    await expectAccessible(page.url());
  });

  it('hints at typing a word only while the field is empty, quietly, and opens a results page with its results', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/sok/`);
    const hint = page.locator('[data-search-hint]');
    expect(await hint.isVisible()).toBe(true);
    expect(await page.locator('.notice').count()).toBe(0);
    // Muted text on the page's own background: a hint, not an error box.
    expect(await hint.evaluate((element) => getComputedStyle(element).borderLeftStyle)).toBe('none');
    expect(await hint.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await searchFrom(page, 'form[data-search-form] input[name="q"]', 'sykehjem');
    expect(await page.locator('[data-search-hint]').count()).toBe(0);
    expect(await page.locator('.notice').count()).toBe(0);
    const firstResult = await page.locator('[data-search-result]').first().boundingBox();
    const status = await page.locator('[data-search-status]').boundingBox();
    expect(firstResult!.y).toBeGreaterThan(status!.y);
  });

  it('opens a question about danger with the numbers to ring, before the results, and the safety page first', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/sok/`);
    await searchFrom(page, 'form[data-search-form] input[name="q"]', 'mannen min fikk plutselig skjevt ansikt og snakker uklart');
    const box = page.locator('[data-danger-box]');
    expect(await box.getAttribute('data-danger-box')).toBe('emergency');
    expect(await box.locator('a').first().getAttribute('href')).toBe('tel:113');
    expect((await box.boundingBox())!.y).toBeLessThan((await page.locator('[data-search-result]').first().boundingBox())!.y);
    expect((await resultPaths(page))[0]).toBe('/nar-det-haster/');
    await expectAccessible(page.url());
  });

  it('says for a question about the night whether each service answers now, told for the moment of the request', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/sok/`);
    await searchFrom(page, 'form[data-search-form] input[name="q"]', 'hjelp om natta');
    const paths = await resultPaths(page);
    expect(paths.slice(0, 5)).toEqual(expect.arrayContaining(['/legevakt/', '/hjemmesykepleie/', '/trygghetsalarm/']));
    const legevakt = page.locator('.search-result', { has: page.locator('[data-search-result][href="/legevakt/"]') });
    expect(await legevakt.locator('[data-open-status]').textContent()).toBe('Åpent hele døgnet – ring Legevakten på 116 117');
    await expectAccessible(page.url());
  });
});
