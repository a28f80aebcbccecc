/**
 * The reading aids («Lesehjelp») never hide content: on a phone at the largest text size, with the
 * aids closed and open, no box of theirs overlaps the box of any element holding text, wherever the
 * page is scrolled, and a focused element is never hidden behind them (WCAG 2.2, 2.4.11 «Focus Not
 * Obscured»).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/core/planning/storage-keys.ts';
import { t } from '../../src/core/text/t.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

const PHONES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
];
const PAGES = ['/sykehjem/', '/foresla/', '/bokstav/s/'];
const LARGEST = '3';

/** A phone page at the largest text size (the size the aids remember), scripts on. */
async function openAtLargestSize(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await site.newPage({ viewport, isMobile: true, hasTouch: true });
  await page.addInitScript(({ key, size }) => localStorage.setItem(key, size), { key: STORAGE_KEYS.textSize, size: LARGEST });
  await page.goto(site.baseUrl + path);
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe(LARGEST);
  return page;
}

/**
 * In viewport coordinates: the visible boxes of the reading aids, and the boxes of every visible
 * element outside them that holds text of its own, where the two overlap.
 */
const overlapsNow = (page: Page) =>
  page.evaluate(() => {
    const aids = document.querySelector('[data-reading-aids]')!;
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
    };
    const aidBoxes = [aids, ...aids.querySelectorAll('*')].filter(visible).map((element) => element.getBoundingClientRect());
    const holders = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || aids.contains(parent) || parent.closest('script, style, noscript')) continue;
      if (visible(parent)) holders.add(parent);
    }
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const found: string[] = [];
    for (const holder of holders) {
      const box = holder.getBoundingClientRect();
      if (aidBoxes.some((aid) => overlap(aid, box)))
        found.push(`<${holder.tagName.toLowerCase()}> «${holder.textContent!.trim().slice(0, 40)}»`);
    }
    return found;
  });

/** Scrolls from the top to the bottom one screen at a time and collects what the aids cover at each stop. */
async function coveredWhileScrolling(page: Page): Promise<string[]> {
  const covered: string[] = [];
  const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: innerHeight }));
  for (let y = 0; y <= height; y += Math.round(screen / 2)) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    for (const text of await overlapsNow(page)) covered.push(`at ${y} px: ${text}`);
  }
  return covered;
}

/**
 * Tabs through the page from the top and returns every focused element the aids (or anything
 * else) hide: the focused element's box overlaps a box of the aids it is not part of, or the
 * point in the middle of its visible part belongs to something else.
 */
async function obscuredFocus(page: Page): Promise<string[]> {
  const found: string[] = [];
  const stops = await page.locator('a[href], button:not([hidden]), input:not([type="hidden"]), select, textarea, [tabindex="0"]').count();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return undefined;
      const box = focused.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return undefined;
      const aids = document.querySelector('[data-reading-aids]')!;
      const name = `<${focused.tagName.toLowerCase()}> «${(focused.textContent ?? '').trim().slice(0, 40)}»`;
      if (!aids.contains(focused)) {
        const covering = [aids, ...aids.querySelectorAll('*')].find((element) => {
          const aid = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          if (style.display === 'none' || style.visibility === 'hidden' || aid.width === 0 || aid.height === 0) return false;
          return aid.left < box.right && box.left < aid.right && aid.top < box.bottom && box.top < aid.bottom;
        });
        if (covering) return `${name} under the reading aids`;
      }
      const left = Math.max(box.left, 0);
      const right = Math.min(box.right, innerWidth);
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, innerHeight);
      if (right <= left || bottom <= top) return `${name} outside the screen`;
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      return hit && (focused.contains(hit) || hit.contains(focused)) ? undefined : `${name} hidden behind <${hit?.tagName.toLowerCase()}>`;
    });
    if (problem) found.push(problem);
  }
  return found;
}

async function openAids(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: t('site.aids.label') });
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  expect(await page.getByRole('button', { name: t('site.aids.size3') }).isVisible()).toBe(true);
}

describe('the reading aids on a phone at the largest text size', () => {
  for (const viewport of PHONES) {
    for (const path of PAGES) {
      it(
        `cover no text on ${path} at ${viewport.width} px, closed or open, wherever the page is scrolled`,
        { timeout: 120_000 },
        async () => {
          const page = await openAtLargestSize(path, viewport);
          expect(await coveredWhileScrolling(page), 'closed').toEqual([]);
          await page.evaluate(() => window.scrollTo(0, 0));
          await openAids(page);
          expect(await coveredWhileScrolling(page), 'open').toEqual([]);
        },
      );

      it(`never hide a focused element on ${path} at ${viewport.width} px (WCAG 2.4.11)`, { timeout: 180_000 }, async () => {
        const page = await openAtLargestSize(path, viewport);
        expect(await obscuredFocus(page), 'closed').toEqual([]);
        await openAids(page);
        expect(await obscuredFocus(page), 'open').toEqual([]);
      });
    }
  }
});
