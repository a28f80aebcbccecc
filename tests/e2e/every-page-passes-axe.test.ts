import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, expectNoAxeViolations } from './support/axe.ts';
import { seedPublicAnswer, signInAsEditor } from './support/editors.ts';
import { DIST_DIR } from './support/site.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

/** Every address the built sitemap gives search engines, as a path. */
const SITEMAP_PATHS = [...readFileSync(join(DIST_DIR, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1]!).pathname,
);

const PUBLIC_ANSWERS = '/svar-pa-forslag/';
/** Pages checked side by side: enough to keep Chromium busy while the test waits on the next page. */
const SITEMAP_LANES = 2;

const searchShown = (query: string) => (page: Page) =>
  page
    .waitForFunction((expected) => document.querySelector<HTMLElement>('[data-search]')?.dataset.searchQuery === expected, query)
    .then(() => undefined);

/** Pages the sitemap leaves out (or shows only in one state), each in the state a reader or editor sees. */
const UNLISTED: { name: string; path: string; status?: number; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'search before a query', path: '/sok/' },
  { name: 'search with results', path: '/sok/?q=sykehjem', ready: searchShown('sykehjem') },
  { name: 'search without results', path: '/sok/?q=xylofonkonsert', ready: searchShown('xylofonkonsert') },
  { name: 'suggestion form prefilled from an article', path: '/foresla/?tema=sykehjem&type=correction' },
  { name: 'thanks for the suggestion', path: '/foresla/takk/' },
  { name: 'thanks for ordering the book', path: '/bestill-boka/takk/' },
  {
    name: 'the order form with an error beside every field',
    path: '/bestill-boka/',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Send bestillingen' }).click();
      await page.waitForURL(/\/api\/orders$/);
    },
  },
  { name: 'public answers with an answer', path: PUBLIC_ANSWERS, ready: (page) => page.locator('.public-answer').first().waitFor() },
  { name: "editors' page signed out", path: '/redaksjon/', ready: (page) => page.getByLabel('Passord').waitFor() },
  {
    name: "editors' page signed in",
    path: '/redaksjon/',
    ready: async (page) => {
      await signInAsEditor(site, page);
      await page
        .locator('[data-queue-message]')
        .getByText(/Viser|Ingen/)
        .waitFor();
      await page.locator('[data-councils-list] li').first().waitFor();
    },
  },
  {
    name: 'an article in the editors’ form, every field filled from the model',
    path: '/redaksjon/',
    ready: async (page) => {
      await signInAsEditor(site, page);
      await page.goto(`${site.baseUrl}/redaksjon/#artikkel/sykehjem`);
      await page.getByRole('heading', { name: 'Endre «Sykehjem (langtidsopphold)»' }).waitFor();
      await page.getByRole('checkbox', { name: /^Kommunen har egne regler/, checked: true }).waitFor();
      await page.getByText('Teksten følger reglene for boka.').waitFor();
    },
  },
  { name: 'the facts desk, signed out', path: '/redaksjon/fakta/' },
  {
    name: 'the insight, signed out',
    path: '/redaksjon/innsikt/',
    ready: (page) => page.locator('[data-insight-message]').getByText('Logg inn').waitFor(),
  },
  {
    name: 'the insight, signed in',
    path: '/redaksjon/',
    ready: async (page) => {
      await signInAsEditor(site, page);
      await page.getByRole('link', { name: 'Innsikt' }).click();
      await page.locator('[data-insight-report]').waitFor();
    },
  },
  { name: 'a fact’s form, signed out', path: '/redaksjon/fakta/sykehjem/' },
  {
    name: 'a fact’s form with an error beside a field',
    path: '/redaksjon/fakta/',
    ready: async (page) => {
      await signInAsEditor(site, page);
      await page.goto(`${site.baseUrl}/redaksjon/fakta/frisklivssentral/`);
      await page.locator('[data-save]:visible').waitFor();
      await page.locator('#fakta-phone').fill('ring oss');
      await page.getByRole('button', { name: 'Lagre' }).click();
      await page.locator('[data-error-summary]:visible').waitFor();
    },
  },
  {
    name: 'an article with «Stemmer ikke dette?» open',
    path: '/sykehjem/',
    ready: async (page) => {
      await page.getByText('Stemmer ikke dette?').first().click();
    },
  },
  { name: 'page not found', path: '/finnes-ikke/', status: 404 },
];

beforeAll(async () => {
  await seedPublicAnswer(site, 'Kan noen hjelpe meg å fylle ut søknaden om bostøtte?', 'Vi har svart på dette på siden om bostøtte.');
});

describe('axe over every page in the sitemap', () => {
  it('reads a sitemap with the front page, the A–Å pages and the articles', () => {
    expect(SITEMAP_PATHS).toContain('/');
    expect(SITEMAP_PATHS).toContain('/bokstav/s/');
    expect(SITEMAP_PATHS).toContain('/sykehjem/');
  });

  // One test over all of them, a few pages at a time: a context per address would double the time.
  it('has no axe violations on any of them, naming each failing address and rule', { timeout: 600_000 }, async () => {
    const queue = [...SITEMAP_PATHS];
    const failures: string[] = [];
    const lane = async () => {
      const page = await site.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await page.goto(site.baseUrl + path);
        if (response?.status() !== 200) failures.push(`${path}: answers ${response?.status()} though it is in the sitemap`);
        else failures.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
      }
    };
    await Promise.all(Array.from({ length: SITEMAP_LANES }, lane));
    expect(
      failures,
      `axe failed on ${new Set(failures.map((failure) => failure.split(':')[0])).size} of ${SITEMAP_PATHS.length} sitemap pages`,
    ).toEqual([]);
  });
});

describe('axe over the pages the sitemap leaves out', () => {
  for (const { name, path, status = 200, ready } of UNLISTED) {
    it(`${name} (${path}) has no axe violations`, async () => {
      const page = await site.newPage();
      const response = await page.goto(site.baseUrl + path);
      expect(response?.status(), path).toBe(status);
      await ready?.(page);
      await expectNoAxeViolations(page);
    });
  }
});
