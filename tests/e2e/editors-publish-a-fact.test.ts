import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import { buildSite, printBook } from '../../tools/local/site-builder.ts';
import { launchBrowser } from './support/browser.ts';
import { pageText, readPdf } from './support/pdf.ts';

/**
 * Issue 23, done when: an editor changes a service's phone number and adds a Christmas exception in
 * the browser, publishes, and the live page, the search index and the PDFs show them. With hours
 * of its own, the service's card gets «Åpent nå»/«Stengt nå» for them – closed on julaften.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'abc-publish-fact-'));
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startLocalServer({ port: 0, dataDir, distDir: 'dist', buildSite, printBook }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function readerAt(instant: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('an editor publishes a fact', () => {
  it('changes Hjemmetjenesten’s phone and hours with a closed julaften; readers, search and the PDFs get them', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/redaksjon/`);
    await page.getByLabel('Navnet ditt').fill('Kari Redaktør');
    await page.getByLabel('Passord').fill(server.editorPassword);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Logget inn som').waitFor();
    await page.getByRole('link', { name: 'Fakta' }).click();
    await page.locator('[data-fact-row="hjemmetjenesten"] a').click();
    await page.locator('[data-save]:visible').waitFor();

    await page.locator('#fakta-phone').fill('61 31 60 00');
    await page.locator('[data-path="openingHours.periods"] > [data-add-row]').click();
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri']) await page.locator(`#fakta-openingHours-periods-0-days-${day}`).check();
    await page.locator('#fakta-openingHours-periods-0-from').fill('08:00');
    await page.locator('#fakta-openingHours-periods-0-to').fill('15:30');
    await page.locator('[data-path="openingHours.exceptions"] > [data-add-row]').click();
    await page.locator('#fakta-openingHours-exceptions-0-date').fill('2026-12-24');
    await page.locator('#fakta-openingHours-exceptions-0-note').fill('Julaften');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.locator('[data-save-message]').getByText('Lagret som versjon 1.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Publiser dette faktumet' }).click();
    await page.getByText('Publisering: Ferdig. Publisert. Leserne ser endringene nå.').waitFor({ timeout: 900_000 });
    // Nothing waits any more: the button goes, the panel keeps telling how it went.
    await page.getByRole('button', { name: 'Publiser dette faktumet' }).waitFor({ state: 'hidden' });

    const weekday = await readerAt('2026-12-22T10:30:00+01:00', '/trygghetsalarm/');
    const card = weekday.locator('[data-service="hjemmetjenesten"]').first();
    expect(await card.textContent()).toContain('Telefon: 61 31 60 00');
    expect(await card.locator('[data-open-now]').textContent()).toBe('Åpent nå, til kl. 15:30');
    expect((await card.locator('table').innerText()).replace(/\s+/g, ' ')).toContain('24. desember (Julaften) Stengt');
    const christmas = await readerAt('2026-12-24T10:30:00+01:00', '/trygghetsalarm/');
    expect(await christmas.locator('[data-service="hjemmetjenesten"] [data-open-now]').first().textContent()).toMatch(/^Stengt nå/);

    // A string, not a function: the test runner would rewrite a dynamic import() in this file.
    const indexed = await weekday.evaluate<string>(
      `import('/pagefind/pagefind.js')
        .then((pagefind) => pagefind.search('trygghetsalarm'))
        .then((search) => Promise.all(search.results.slice(0, 10).map((result) => result.data())))
        .then((found) => found.find((entry) => entry.url === '/trygghetsalarm/')?.content ?? '')`,
    );
    expect(indexed).toContain('61 31 60 00');

    const pdf = join(dataDir, 'kortversjon.pdf');
    writeFileSync(pdf, new Uint8Array(await (await fetch(`${server.url}/bok/alderdommens-abc-kortversjon.pdf`)).arrayBuffer()));
    const short = await readPdf(pdf);
    const text = short.pages.map((_, index) => pageText(short, index + 1)).join(' ');
    expect(text).toContain('Telefon: 61 31 60 00');
    // The PDF's text breaks lines after a dash, which reads back as a space.
    expect(text).toMatch(/Hjemmetjenesten i Jevnaker er åpent: mandag–\s?fredag 08:00–\s?15:30, 24\. desember \(Julaften\) Stengt/);
  }, 1_200_000);
});
