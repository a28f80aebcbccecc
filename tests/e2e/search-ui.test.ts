import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { searchOnPage } from './support/search-page.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

/** Script errors and CSP violations per page, checked at the end of each test. */
const errorsOf = new WeakMap<Page, string[]>();

async function open(path: string): Promise<Page> {
  const page = await site.newPage();
  const errors: string[] = [];
  errorsOf.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(site.baseUrl + path);
  return page;
}

function expectNoErrors(page: Page): void {
  expect(errorsOf.get(page), `errors on ${page.url()}`).toEqual([]);
}

const field = (page: Page) => page.locator('form[data-search-form] input[name="q"]');
const resultPaths = (page: Page) =>
  page.locator('[data-search-result]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
const rendered = (page: Page, query: string) =>
  page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchQuery === expected, query);

describe('the search page', () => {
  it('shows results while the reader types, and keeps the query in the address', async () => {
    const page = await open('/sok/');
    await field(page).click();
    await page.keyboard.type('gamlehjem', { delay: 40 });
    await rendered(page, 'gamlehjem');
    expect((await resultPaths(page))[0]).toBe('/sykehjem/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('gamlehjem');
    const item = page.locator('[data-search-results] li').first();
    expect(await item.textContent()).toContain('Når du trenger mer hjelp');
    expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/passer godt til «gamlehjem»/);
    expectNoErrors(page);
  });

  it('runs the search in an old /sok/?q= address when the page opens, on the server-rendered results page', async () => {
    const page = await open(`/sok/?q=${encodeURIComponent('alarm på armen')}`);
    await page.waitForURL('**/api/sok?q=*');
    await rendered(page, 'alarm på armen');
    expect(await field(page).inputValue()).toBe('alarm på armen');
    expect((await resultPaths(page))[0]).toBe('/trygghetsalarm/');
    expectNoErrors(page);
  });

  it('keeps enhancing the server-rendered results page: typing searches again without loading a new page', async () => {
    const page = await open(`/api/sok?q=${encodeURIComponent('sykehjem pris')}`);
    expect((await resultPaths(page))[0]).toBe('/sykehjem/');
    await field(page).fill('');
    await field(page).click();
    await page.keyboard.type('rullator', { delay: 30 });
    await rendered(page, 'rullator');
    expect((await resultPaths(page))[0]).toBe('/hjelpemidler/');
    expect(new URL(page.url()).pathname).toBe('/api/sok');
    expect(new URL(page.url()).searchParams.get('q')).toBe('rullator');
    expectNoErrors(page);
  });

  it('shows the first results from the alias index alone, and loads Pagefind only after them or for a word only the text has', async () => {
    const page = await site.newPage();
    await page.addInitScript(() => {
      addEventListener(
        'search:rendered',
        () => ((window as unknown as { firstRenderedAt?: number }).firstRenderedAt ??= performance.now()),
        { capture: true },
      );
    });
    await page.goto(`${site.baseUrl}/sok/`);
    await searchOnPage(page, 'gamlehjem');
    const beforeResults = await page.evaluate(() => {
      const renderedAt = (window as unknown as { firstRenderedAt: number }).firstRenderedAt;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < renderedAt)
        .map((entry) => new URL(entry.name).pathname);
    });
    expect(beforeResults).toContain('/search-index.json');
    expect(beforeResults.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(await searchOnPage(page, 'røykvarsler')).not.toEqual([]);
    expect(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.startsWith('/pagefind/')),
      ),
    ).toBe(true);
  });

  it('searches on Enter, moves through results with the arrow keys and opens one with Enter', async () => {
    const page = await open('/sok/');
    await field(page).fill('pårørende');
    await field(page).press('Enter');
    await rendered(page, 'pårørende');
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(3);

    const focusedHref = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(paths[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(paths[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`**${paths[1]}`), page.keyboard.press('Enter')]);
    expectNoErrors(page);
  });

  it('takes the reader back to the previous search with the back button', async () => {
    const page = await open('/sok/');
    await searchOnPage(page, 'tannlege');
    await searchOnPage(page, 'rullator');
    await page.goBack();
    await rendered(page, 'tannlege');
    expect(await field(page).inputValue()).toBe('tannlege');
    expect((await resultPaths(page))[0]).toBe('/tannhelse/');
    expectNoErrors(page);
  });

  it('never ends in a dead end: no results offers suggestions, the A–Å index, life areas and a question to the editors', async () => {
    const query = 'xylofonkonsert';
    const page = await open('/sok/');
    await searchOnPage(page, query);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain(`Vi fant ingen sider om «${query}»`);
    const ask = page.getByRole('link', { name: 'Spør oss eller foreslå et tema' });
    expect(new URL((await ask.getAttribute('href'))!, site.baseUrl).search).toBe(`?type=question&tekst=${query}`);
    expect(await page.locator('.search-page .letter-strip a').count()).toBeGreaterThan(20);
    expect(await page.locator('.search-page .tiles a').count()).toBe(8);
    expectNoErrors(page);
  });

  it('offers the nearest titles and aliases when nothing matches', async () => {
    const page = await open('/sok/');
    expect(await searchOnPage(page, 'gamlhjemmmm')).toEqual([]);
    const suggestion = page.locator('[data-search-closest] a').first();
    expect(await suggestion.textContent()).toBe('gamlehjem');
    expect(await suggestion.getAttribute('href')).toBe('/sykehjem/');
    expectNoErrors(page);
  });

  it('has touch targets of at least 44 px', async () => {
    const page = await open('/sok/?q=sykehjem');
    await rendered(page, 'sykehjem');
    const heights = await page
      .locator('[data-search-result], form[data-search-form] input, form[data-search-form] button')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    expectNoErrors(page);
  });

  it('is not loaded by article pages: no alias index, no Pagefind', async () => {
    const page = await site.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.baseUrl}/sykehjem/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.includes('search-index') || path.startsWith('/pagefind/'))).toEqual([]);
  });

  it('opens the results of a question about danger with the numbers to ring, as the page without JavaScript does', async () => {
    const page = await open('/sok/');
    await field(page).fill('min sonn slaar mor min, hun er redd for han');
    await field(page).press('Enter');
    await rendered(page, 'min sonn slaar mor min, hun er redd for han');
    const box = page.locator('[data-search-output] [data-danger-box]');
    expect(await box.getAttribute('data-danger-box')).toBe('abuse');
    expect(await box.locator('a').allTextContents()).toEqual(['800 30 196', '112', '113']);
    expect((await resultPaths(page))[0]).toBe('/vold-og-overgrep/');
    await field(page).fill('rullator');
    await field(page).press('Enter');
    await rendered(page, 'rullator');
    expect(await page.locator('[data-danger-box]').count()).toBe(0);
    expectNoErrors(page);
  });

  it('tells for the reader’s own clock whether the services for a question about the weekend answer now', async () => {
    const page = await open('/sok/');
    await field(page).fill('lege i helga');
    await field(page).press('Enter');
    await rendered(page, 'lege i helga');
    const legevakt = page.locator('.search-result', { has: page.locator('[data-search-result][href="/legevakt/"]') });
    expect(await legevakt.locator('[data-open-status]').textContent()).toBe('Åpent hele døgnet – ring Legevakten på 116 117');
    expectNoErrors(page);
  });
});
