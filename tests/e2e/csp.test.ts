import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/core/security-headers.ts';
import { useSite } from './support/use-site.ts';

/** One page of every type, opened the way readers reach them (search with a query, form prefilled). */
const PAGES = {
  front: '/',
  letter: '/bokstav/s/',
  area: '/omrade/mer-hjelp/',
  article: '/sykehjem/',
  search: '/sok/?q=sykehjem',
  suggestionForm: '/foresla/?tema=sykehjem&type=correction',
  suggestionThanks: '/foresla/takk/',
  publicAnswers: '/svar-pa-forslag/',
  myPlan: '/min-plan/',
  whoDoesWhat: '/hvem-gjor-hva/',
  editors: '/redaksjon/',
  notFound: '/finnes-ikke/',
};

const site = useSite();

/** Opens a page and collects everything the browser reports about the CSP until it is idle. */
async function violationsOn(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await site.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const response = await page.goto(site.baseUrl + path, { waitUntil: 'networkidle' });
  // A missing page would pass vacuously as the 404 page.
  expect(response?.status(), path).toBe(path === PAGES.notFound ? 404 : 200);
  // The local server sends the headers of infra/security-headers.ts, as CloudFront does.
  expect(response?.headers()['content-security-policy'], path).toBe(contentSecurityPolicy());
  return { page, violations };
}

describe('the built site under the production Content-Security-Policy', () => {
  for (const [type, path] of Object.entries(PAGES)) {
    it(`runs the ${type} page (${path}) without a CSP violation`, async () => {
      const { violations } = await violationsOn(path);
      expect(violations, path).toEqual([]);
    });
  }

  it('lets Pagefind compile its WebAssembly and find pages', async () => {
    const { page, violations } = await violationsOn(PAGES.search);
    // The script sends an old /sok/?q=… address on to the server-rendered results page; on a busy machine that may still be under way.
    await page.waitForURL(/\/api\/sok\?/);
    await page.waitForLoadState('networkidle');
    // The search page quietly falls back to the alias index if Pagefind fails, so ask Pagefind itself.
    // A string, not a function: the test runner would rewrite a dynamic import() in this file.
    const found = await page.evaluate<number>(
      "import('/pagefind/pagefind.js').then((pagefind) => pagefind.search('sykehjem')).then((result) => result.results.length)",
    );
    expect(found).toBeGreaterThan(0);
    // A busy machine can take seconds to render the results; the default poll gives up after one.
    await expect.poll(() => page.locator('[data-search-results] a[href="/sykehjem/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});
