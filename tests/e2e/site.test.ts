import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './support/site.ts';
import { useSite } from './support/use-site.ts';

/** One page of every static type the site issue defines. */
const PAGES = {
  front: '/',
  letter: '/bokstav/s/',
  areas: '/omrade/',
  area: '/omrade/mer-hjelp/',
  article: '/sykehjem/',
  about: '/om/',
  contact: '/kontakt/',
  privacy: '/personvern/',
  accessibility: '/tilgjengelighet/',
  myPlan: '/min-plan/',
  whoDoesWhat: '/hvem-gjor-hva/',
  notFound: '/finnes-ikke/',
  search: '/sok/',
  searchResults: '/api/sok?q=hva+koster+sykehjem',
};

const site = useSite();
const open = site.open;

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, maxTabs = 150): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Fant ikke elementet med tastaturet på ${page.url()}`);
}

describe('the site', () => {
  it('can be read from the front page to an article with the keyboard only', async () => {
    const page = await open(PAGES.front);
    await tabTo(page, (el) => el.getAttribute('aria-label') === 'Oppslag på S');
    await Promise.all([page.waitForURL('**/bokstav/s/'), page.keyboard.press('Enter')]);
    await tabTo(page, (el) => el.getAttribute('href') === '/sykehjem/');
    await Promise.all([page.waitForURL('**/sykehjem/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toMatch(/^Sykehjem/);
  });

  it('starts every page with a skip link to the main content', async () => {
    const page = await open(PAGES.article);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('works without JavaScript', async () => {
    const page = await open(PAGES.front, { javaScriptEnabled: false });
    await Promise.all([page.waitForURL('**/bokstav/s/'), page.getByRole('link', { name: 'Oppslag på S' }).first().click()]);
    await Promise.all([page.waitForURL('**/sykehjem/'), page.locator('main a[href="/sykehjem/"]').first().click()]);
    expect(await page.getByRole('heading', { name: 'Kort fortalt' }).isVisible()).toBe(true);
  });

  it('shows cross-references from everyday words on letter pages', async () => {
    const page = await open('/bokstav/g/');
    expect(await page.locator('main li', { hasText: 'Gamlehjem' }).textContent()).toMatch(/Gamlehjem\s*— se\s*Sykehjem/);
  });

  it('answers an unknown address with the 404 page, search and the A–Å strip', async () => {
    const response = await fetch(site.baseUrl + PAGES.notFound);
    expect(response.status).toBe(404);
    const page = await open(PAGES.notFound);
    expect(await page.locator('main form[role="search"]').count()).toBe(1);
    expect(await page.locator('main .letter-strip li').count()).toBe(29);
  });

  it('sends the old answers address /forslag/ on to /svar-pa-forslag/ for good, also without JavaScript', async () => {
    for (const path of ['/forslag/', '/forslag']) {
      const response = await fetch(site.baseUrl + path, { redirect: 'manual' });
      expect(response.status, path).toBe(301);
      expect(response.headers.get('location'), path).toBe('/svar-pa-forslag/');
    }
    const page = await open('/forslag/', { javaScriptEnabled: false });
    expect(new URL(page.url()).pathname).toBe('/svar-pa-forslag/');
    expect(await page.locator('h1').textContent()).toBe('Svar på forslag');
  });

  it('leaves a page at /forslag/ that sends readers on without JavaScript on a host that cannot answer 301', () => {
    const moved = parse(readFileSync(`${DIST_DIR}/forslag/index.html`, 'utf8'));
    expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/svar-pa-forslag/');
    expect(moved.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
    expect(moved.querySelector('main a')?.getAttribute('href')).toBe('/svar-pa-forslag/');
  });

  it('prints an article without navigation and with the addresses of links', async () => {
    const page = await open(PAGES.article);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.skip-link']) {
      expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), selector).toBe('none');
    }
    const after = await page
      .locator('main a[href^="https://"]')
      .first()
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toMatch(/https:\/\//);
    expect(await page.locator('h1').isVisible()).toBe(true);
  });

  it('reflows without horizontal scrolling at 320 CSS px and at 200 % zoom', async () => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 640, height: 400 },
    ]) {
      const page = await site.newPage({ viewport });
      for (const path of Object.values(PAGES)) {
        await page.goto(site.baseUrl + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('sets body text at 18 px or more with lines of at most 70 characters', async () => {
    const page = await open(PAGES.article, { viewport: { width: 1400, height: 900 } });
    const { fontSize, charsPerLine } = await page
      .locator('.prose p')
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        const text = el.textContent ?? '';
        const averageCharWidth = context.measureText(text).width / text.length;
        return { fontSize: parseFloat(style.fontSize), charsPerLine: el.getBoundingClientRect().width / averageCharWidth };
      });
    expect(fontSize).toBeGreaterThanOrEqual(18);
    expect(charsPerLine).toBeLessThanOrEqual(70);
  });
});
