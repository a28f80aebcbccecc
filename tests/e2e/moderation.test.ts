import { text } from 'node:stream/consumers';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { seedPublicAnswer, signInAsEditor } from './support/editors.ts';
import { useSite } from './support/use-site.ts';

const CITIZEN = { name: 'Gunnhild Testesen', email: 'gunnhild.testesen@example.no' };
const TEXT = 'Hvor lenge må man vente på trygghetsalarm etter at man har søkt? <script>alert(1)</script>';
const ANSWER = 'Vi har skrevet om ventetiden på siden om trygghetsalarm.';

const site = useSite();
const signIn = (page: Page) => signInAsEditor(site, page);

async function save(page: Page, status: string, note: string): Promise<void> {
  await page.getByRole('radio', { name: status, exact: true }).check();
  await page.getByLabel('Notat til historikken').fill(note);
  await page.getByRole('button', { name: 'Lagre' }).click();
  await page.getByText(`Lagret. Status: ${status}.`).waitFor();
}

describe('moderating a citizen suggestion from form to public answer', () => {
  it('goes from the citizen form through the editor to /svar-pa-forslag/ without personal data', async () => {
    const citizen = await site.open('/foresla/?tema=trygghetsalarm');
    await citizen.getByLabel('Et spørsmål').check();
    await citizen.getByLabel('Hva vil du foreslå?').fill(TEXT);
    // Her words are shown on /svar-pa-forslag/ only because she ticks this.
    await citizen.getByLabel('Redaksjonen kan vise teksten din på nettsiden, uten navnet ditt').check();
    await citizen.getByLabel('Navn', { exact: true }).fill(CITIZEN.name);
    await citizen.getByLabel('E-post', { exact: true }).fill(CITIZEN.email);
    await citizen.getByRole('button', { name: 'Send forslaget' }).click();
    await citizen.waitForURL(/\/api\/foresla\/takk\?id=[0-9a-f-]{36}$/);

    const editor = await site.newPage();
    const dialogs: string[] = [];
    editor.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(editor);
    // Other files add suggestions to the same server: find this one by its text, not by the count.
    await editor.getByRole('button', { name: /^Ny \(\d+\)$/ }).waitFor();
    await editor.getByRole('button', { name: /Hvor lenge må man vente på trygghetsalarm/ }).click();

    const detail = editor.locator('[data-detail]');
    await detail.getByRole('heading', { name: /Spørsmål fra/ }).waitFor();
    expect(await detail.locator('[data-detail-text]').textContent()).toBe(TEXT);
    expect(await detail.getByRole('link', { name: 'Trygghetsalarm' }).getAttribute('href')).toBe('/trygghetsalarm/');
    expect(await detail.textContent()).toContain('En innbygger');
    expect(await detail.textContent()).toContain(CITIZEN.email);
    expect(await editor.locator('[data-detail-text] script').count()).toBe(0);

    await save(editor, 'Under behandling', 'Sjekker ventetiden med tildelingskontoret');
    await save(editor, 'Godkjent', 'Vi legger ventetiden inn i artikkelen');
    await editor.getByLabel('Svar som kan vises offentlig').fill(ANSWER);
    await editor.getByLabel('Vis offentlig på siden «Svar på forslag»').check();
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await editor.getByText('Lagret. Status: Godkjent.').waitFor();

    const history = await editor.locator('[data-detail-history]').textContent();
    expect(history).toContain('Kari Redaktør: Ny → Under behandling');
    expect(history).toContain('Notat: Sjekker ventetiden med tildelingskontoret');
    expect(history).toContain('Under behandling → Godkjent');
    expect(history).toContain('Innsenderen: Sendt inn');
    const [archived] = await Promise.all([
      editor.waitForEvent('download'),
      editor.getByRole('button', { name: 'Last ned arkivkopi' }).click(),
    ]);
    expect(archived.suggestedFilename()).toMatch(/^arkivkopi-forslag-\d{4}-\d{2}-\d{2}-[\w-]{8}\.json$/);
    // The shared browser runs as a server, so the file comes as a stream rather than a local path.
    const copy = JSON.parse(await text(await archived.createReadStream())) as {
      dokument: { tekst: string };
      behandling: { offentligSvar: string };
    };
    expect(copy.dokument.tekst).toBe(TEXT);
    expect(copy.behandling.offentligSvar).toBe(ANSWER);
    expect(JSON.stringify(copy)).not.toContain(CITIZEN.email);
    await editor.getByText(`Arkivkopien ${archived.suggestedFilename()} er lastet ned.`, { exact: false }).waitFor();

    expect(dialogs).toEqual([]);

    const reader = await site.open('/svar-pa-forslag/');
    const answer = reader.locator('.public-answer', { hasText: TEXT });
    await answer.waitFor();
    const shown = await answer.textContent();
    expect(shown).toContain(TEXT);
    expect(shown).toContain(ANSWER);
    expect(shown).toContain('Godkjent – vi jobber med det');
    const page = await reader.content();
    expect(page).not.toContain(CITIZEN.name);
    expect(page).not.toContain(CITIZEN.email);
  });
});

describe('accessibility of the moderation pages', () => {
  // The sign-in form, the signed-in queue and the public answers are in every-page-passes-axe.test.ts.
  it('has no axe violations on the detail view and after creating a council code', async () => {
    await seedPublicAnswer(site, 'Hvor finner jeg skjemaet for bostøtte?', 'Vi har svart på dette på siden om bostøtte.');
    const page = await site.newPage();
    await signIn(page);
    await page.getByRole('button', { name: /^Godkjent/ }).click();
    await page.locator('.queue-item').first().click();
    await page.locator('[data-detail-history] li').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Navnet på rådet').fill('Rådet for personer med funksjonsnedsettelse');
    await page.getByRole('button', { name: 'Opprett råd og lag kode' }).click();
    await page.locator('[data-code-shown] strong').waitFor();
    expect(await page.locator('[data-code-shown] strong').textContent()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectNoAxeViolations(page);
  });

  it('reflows its own content without horizontal scrolling at 320 CSS px and at 200 % zoom', async () => {
    await seedPublicAnswer(site, 'Kan jeg få hjelp til å handle mat?', 'Vi har svart på dette på siden om matombringing.');
    // The main content only: the shared header and footer are tested with the rest of the site.
    const overflow = (page: Page) =>
      page.evaluate(() => {
        const main = document.querySelector('main')!;
        return main.scrollWidth - main.clientWidth;
      });
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 640, height: 400 },
    ]) {
      const page = await site.newPage({ viewport });
      await signIn(page);
      await page.locator('[data-councils-list] li').first().waitFor();
      expect(await overflow(page), `queue at ${viewport.width}px`).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: /^Godkjent/ }).click();
      await page.locator('.queue-item').first().click();
      await page.locator('[data-detail-history] li').first().waitFor();
      expect(await overflow(page), `detail at ${viewport.width}px`).toBeLessThanOrEqual(0);
      await page.goto(`${site.baseUrl}/svar-pa-forslag/`);
      await page.locator('.public-answer').first().waitFor();
      expect(await overflow(page), `/svar-pa-forslag/ at ${viewport.width}px`).toBeLessThanOrEqual(0);
    }
  });
});
