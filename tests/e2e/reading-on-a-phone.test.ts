import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const PHONE = { width: 375, height: 667 };
const SMALLEST = { width: 320, height: 568 };
const screenshots = mkdtempSync(join(tmpdir(), 'abc-phone-'));

const site = useSite();

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  return site.open(path, { viewport });
}

/**
 * Pieces of the heading's text that wrap onto two lines although they hold no break point: a
 * piece runs from one space or soft hyphen to the next, so a split piece is a word cut without
 * a hyphen. (Chromium reports the hyphen drawn at a soft-hyphen break as part of the range
 * starting after it, so a piece's first character is compared on its own.)
 */
const wordsCutWithoutHyphen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((heading) => {
    const text = heading.firstChild!;
    const content = text.textContent ?? '';
    const range = document.createRange();
    const tops = (start: number, end: number) => {
      range.setStart(text, start);
      range.setEnd(text, end);
      return [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))];
    };
    const cuts: string[] = [];
    for (const match of content.matchAll(/[^\s\u00ad]{2,}/g)) {
      const start = match.index;
      const end = start + match[0].length;
      const rest = tops(start + 1, end);
      const first = tops(start, start + 1);
      if (rest.length > 1 || (first.length === 1 && first[0] !== rest[0])) cuts.push(match[0]);
    }
    return cuts;
  });

describe('reading on a phone', () => {
  it('shows the article title in the first screen at 375 px (screenshot)', async () => {
    const page = await open('/hverdagsrehabilitering/', PHONE);
    const file = join(screenshots, 'article-375.png');
    await page.screenshot({ path: file });
    const title = (await page.locator('h1').boundingBox())!;
    expect(title.y + title.height, `title inside the first screen (${file})`).toBeLessThanOrEqual(PHONE.height);
    expect(title.y, 'title in the upper half').toBeLessThan(PHONE.height / 2);
    expect(await page.locator('header input[name="q"]').isVisible(), 'search one tap away').toBe(true);
  });

  it('keeps the title in the first screen at 320 px too, with the search field still in the header', async () => {
    const page = await open('/brukerstyrt-personlig-assistanse/', SMALLEST);
    const title = (await page.locator('h1').boundingBox())!;
    // The «Lesehjelp» row sits in the page flow above it (it must never cover text), so the title starts lower than at 375 px.
    expect(title.y).toBeLessThan(SMALLEST.height * 0.7);
    expect(await page.locator('header input[name="q"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SMALLEST.width);
  });

  it.each(['/hverdagsrehabilitering/', '/trygghetsalarm/', '/grunnstonad-og-hjelpestonad/', '/parorendeskole/'])(
    'breaks the long title of %s only between words or with a hyphen at 320 px',
    async (path) => {
      const page = await open(path, SMALLEST);
      expect(await wordsCutWithoutHyphen(page, 'h1')).toEqual([]);
    },
  );

  it('puts a compact A–Å strip at the top of a letter page and «Til toppen» at the end, passing axe', async () => {
    const page = await open('/bokstav/s/', PHONE);
    const strip = page.locator('main .letter-strip');
    expect((await strip.boundingBox())!.y).toBeLessThan(PHONE.height);
    expect(await strip.locator('a[aria-current="page"]').textContent()).toBe('S');
    expect(await strip.locator('.letter-strip__empty').count(), 'letters without entries are left out').toBe(0);
    const toTop = page.getByRole('link', { name: 'Til toppen' });
    expect(await toTop.getAttribute('href')).toBe('#main');
    expect(await page.locator('footer .letter-strip').count(), 'one strip, not two').toBe(0);
    await expectNoAxeViolations(page);
  });

  it('has one tab stop per destination between the breadcrumb and the article', async () => {
    const page = await open('/sykehjem/', PHONE);
    const areaLinks = await page.locator('main a[href="/omrade/mer-hjelp/"], .breadcrumbs a[href="/omrade/mer-hjelp/"]').count();
    expect(areaLinks).toBe(1);
  });

  it('shows focus the same way on every kind of field', async () => {
    const page = await open('/foresla/', PHONE);
    const focusStyle = async (selector: string) => {
      await page.locator(selector).first().focus();
      return page
        .locator(selector)
        .first()
        .evaluate((field) => {
          const style = getComputedStyle(field);
          return { background: style.backgroundColor, outline: `${style.outlineStyle} ${style.outlineColor}`, shadow: style.boxShadow };
        });
    };
    const textarea = await focusStyle('main textarea');
    expect(await focusStyle('main input[type="text"], main input[type="email"]')).toEqual(textarea);
    expect(textarea.background).toBe('rgb(255, 255, 255)');
  });
});
