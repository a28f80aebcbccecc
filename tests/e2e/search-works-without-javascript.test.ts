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
});
