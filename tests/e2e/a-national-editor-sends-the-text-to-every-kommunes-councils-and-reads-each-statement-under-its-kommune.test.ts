/**
 * The review panel of the editors' page in the Levanger–Verdal book, built as `BOOK_CONFIG=… npm
 * run build` builds it (without the PDFs; E2E_BOOK_DIST names a book already built there, to save
 * the build): a national editor chooses the councils of every kommune, each kommune's in a fieldset
 * under its name (axe on the form), sends the national text to them, and reads each kommune's
 * request and statement under its name, on the article and in the news box.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../tools/local/editor-key.ts';
import { DEMO_COUNCIL_NAME } from '../../tools/local/demo-council.ts';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import { buildBookWithoutPdfs, type BuiltBook } from '../integration/support/built-book.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const BOOK = 'content/books/levanger-verdal.json';
const REMARK = 'Verdal ønsker at teksten sier mer om synshjelpemidler.';
const site = useSite();
let built: BuiltBook | undefined;
let server: LocalServer;
let national: string;
const data = mkdtempSync(join(tmpdir(), 'abc-national-round-'));

beforeAll(async () => {
  const dist = process.env.E2E_BOOK_DIST ?? (built = buildBookWithoutPdfs(BOOK)).dist;
  server = await startLocalServer({
    port: 0,
    dataDir: data,
    distDir: dist,
    env: { ...process.env, BOOK_CONFIG: BOOK, BOOK_KOMMUNER: 'levanger,verdal', SUGGESTION_RATE_LIMIT: '0' },
    publishingClock: false,
    printBook: async () => undefined,
  });
  national = await signEditorToken(await loadOrCreateEditorKey(data), { name: 'Nina Nasjonal', groups: ['editors-national'] });
  const saved = await fetch(`${server.url}/api/moderation/articles/syn?kommune=levanger`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${national}`, 'content-type': 'application/json' },
    body: JSON.stringify({ source: readFileSync('content/articles/syn.mdx', 'utf8'), version: 0 }),
  });
  expect(saved.status).toBe(200);
}, 1_200_000);

afterAll(async () => {
  await server?.close();
  built?.remove();
  rmSync(data, { recursive: true, force: true });
});

/** Levanger's editors' page on the article «syn», signed in as the national editor in this tab. */
async function openArticle(): Promise<Page> {
  const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((value) => sessionStorage.setItem('alderdommens-abc:redaksjon:token', value), national);
  await page.goto(`${server.url}/levanger/redaksjon/#artikkel/syn`);
  return page;
}

describe('a national review round on the editors’ page of a book', () => {
  it('lists each kommune’s councils under its name, passes axe, and sends the text to the councils of both', async () => {
    const page = await openArticle();
    const reviews = page.getByRole('region', { name: 'Uttalelser fra rådene' });
    await reviews.getByText('Versjon 1 sendes.').waitFor();
    const levanger = reviews.getByRole('group', { name: 'Levanger kommune', exact: true });
    const verdal = reviews.getByRole('group', { name: 'Verdal kommune', exact: true });
    await verdal.getByLabel(DEMO_COUNCIL_NAME).waitFor();
    await expectNoAxeViolations(page);

    await reviews.getByRole('button', { name: 'Send til uttalelse' }).click();
    await reviews.getByText('Velg minst ett råd som skal få teksten til uttalelse.').waitFor();

    await levanger.getByLabel(DEMO_COUNCIL_NAME).check();
    await verdal.getByLabel(DEMO_COUNCIL_NAME).check();
    await reviews.getByRole('button', { name: 'Send til uttalelse' }).click();
    await reviews.getByText('Versjon 1 er sendt til uttalelse.').waitFor();
    expect(await reviews.locator('[data-review-request-message]').textContent()).toContain(`${DEMO_COUNCIL_NAME} (Verdal kommune)`);
    for (const [kommune, name] of [
      ['levanger', 'Levanger kommune'],
      ['verdal', 'Verdal kommune'],
    ]) {
      const round = reviews.locator(`[data-review-items] [data-review-kommune="${kommune}"]`);
      expect(await round.getByRole('heading', { level: 5 }).textContent()).toBe(name);
      expect(await round.locator('[data-review]').count()).toBe(1);
      expect(await round.locator('[data-review]').textContent()).toContain(DEMO_COUNCIL_NAME);
    }
    await expectNoAxeViolations(page);
  });

  it('shows Verdal’s statement under Verdal only, in the news box and on the article', async () => {
    const answered = await fetch(`${server.url}/api/council/reviews/syn.1/statement?kommune=verdal`, {
      method: 'POST',
      headers: { authorization: `Council ${server.demoCouncilCodes.verdal}`, 'content-type': 'application/json' },
      body: JSON.stringify({ verdict: 'remarks', text: REMARK }),
    });
    expect(answered.status).toBeLessThan(300);

    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript((value) => sessionStorage.setItem('alderdommens-abc:redaksjon:token', value), national);
    await page.goto(`${server.url}/levanger/redaksjon/`);
    const news = page.locator('[data-review-news-list]');
    await news.getByText(`${DEMO_COUNCIL_NAME} (Verdal kommune) har merknader`).waitFor();

    await page.goto(`${server.url}/levanger/redaksjon/#artikkel/syn`);
    const reviews = page.getByRole('region', { name: 'Uttalelser fra rådene' });
    const verdal = reviews.locator('[data-review-items] [data-review-kommune="verdal"]');
    await verdal.getByText(REMARK).waitFor();
    expect(await reviews.locator('[data-review-items] [data-review-kommune="levanger"]').textContent()).not.toContain(REMARK);
  });
});
