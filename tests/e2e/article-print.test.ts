import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startSite, type RunningSite } from './support/site.ts';

/** An article printed from the browser, checked in Chromium's print emulation. */
const ORIGIN = 'https://abc.jevnaker.kommune.no';

let site: RunningSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${site.url}/sykehjem/`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const visibleText = (selector: string) =>
  page
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter(
          (element) =>
            (element as HTMLElement).offsetParent !== null ||
            (getComputedStyle(element).display !== 'none' && (element as HTMLElement).getClientRects().length > 0),
        )
        .map((element) => (element as HTMLElement).innerText),
    );

const afterContent = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element, '::after').content);

describe('an article printed from the browser', () => {
  it('names the book and the kommune and prints the page’s full address', async () => {
    const head = await visibleText('.print-head');
    expect(head).toHaveLength(1);
    expect(head[0]).toContain('Alderdommens ABC – Jevnaker kommune');
    expect(head[0]).toContain(`${ORIGIN}/sykehjem/`);
  });

  it('prints each contact card once, and «Sist gjennomgått»', async () => {
    const cards = await visibleText('.local-card__name');
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards).size, cards.join(', ')).toBe(cards.length);
    expect((await visibleText('.reviewed')).join(' ')).toMatch(/Sist gjennomgått: \d+\. \w+ \d{4}/);
  });

  it('prints links to other pages as full addresses, and nothing after phone and e-mail links', async () => {
    expect(await afterContent('.prose a[href="/klage-pa-vedtak/"]')).toContain(ORIGIN);
    expect(await afterContent('a[href^="tel:"]')).toBe('none');
    expect(await afterContent('a[href^="mailto:"]')).toBe('none');
  });
});
