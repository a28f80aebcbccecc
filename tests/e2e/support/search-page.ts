import type { Page } from 'playwright-core';

/**
 * Runs a query on an open /sok/ page the way a reader does (type, press Enter) and returns the
 * result URLs in rank order, read from the `data-search-result` links the page renders.
 */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  const field = page.locator('form[data-search-form] input[name="q"]');
  await field.fill(query);
  await field.press('Enter');
  await page.waitForFunction(
    (expected) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchQuery === expected,
    query.trim(),
  );
  return page
    .locator('[data-search-result]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** "/sykehjem/" → "sykehjem". */
export const slugOf = (path: string): string => path.replace(/^\/|\/$/g, '');
