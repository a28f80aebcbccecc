import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/use-site.ts';
import { signInAsEditor } from './support/editors.ts';

/**
 * The facts desk (issue 23): a form per fact made from its schema, readable without JavaScript;
 * an editor changes a phone number and adds a Christmas exception, sees errors beside the fields
 * without losing what was typed, and is told when someone saved first; readers send «Stemmer
 * ikke dette?» from a card and the fact's form lists it.
 */
const site = useSite();

async function openFact(id: string): Promise<Page> {
  const page = await site.newPage();
  await signInAsEditor(site, page);
  await page.goto(`${site.baseUrl}/redaksjon/fakta/${id}/`);
  await page.locator('[data-save]:visible').waitFor();
  return page;
}

const errorFor = (page: Page, path: string) => page.locator(`[data-error-for="${path}"]`);

describe('the facts desk', () => {
  it('can be read without JavaScript: the list, overdue first, and each fact’s form with labels, help and values', async () => {
    const list = await site.open('/redaksjon/fakta/', { javaScriptEnabled: false });
    const rows = await list.locator('[data-fact-rows] tr').allTextContents();
    expect(rows.length).toBeGreaterThan(20);
    expect(rows[0]).toMatch(/forfalt/);
    expect(rows.at(-1)).not.toMatch(/forfalt/);
    expect(await list.locator('[data-fact-row="tildelingskontor"] a').getAttribute('href')).toBe('/redaksjon/fakta/tildelingskontor/');

    const page = await site.open('/redaksjon/fakta/tildelingskontor/', { javaScriptEnabled: false });
    expect(await page.getByLabel('Navn', { exact: true }).inputValue()).toBe('Tildelingsenheten i Jevnaker');
    expect(await page.getByLabel(/^Spør gjennom/).inputValue()).toBe('helse-og-omsorg');
    expect(await page.getByText('Når telefonen til tjenesten selv svarer.', { exact: false }).count()).toBe(1);
    expect(await page.locator('[data-save]').isVisible()).toBe(false);
    expect(await page.locator('[data-usage]').textContent()).toContain('Kortversjonen');
  });

  it('saves a new phone number and a Christmas exception, with each error beside its field and nothing typed lost', async () => {
    const page = await openFact('hjemmetjenesten');
    await page
      .getByLabel(/^Telefon/)
      .first()
      .fill('ring oss');
    await page.locator('[data-path="openingHours.periods"] > [data-add-row]').click();
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri']) await page.locator(`#fakta-openingHours-periods-0-days-${day}`).check();
    await page.locator('#fakta-openingHours-periods-0-from').fill('08:00');
    await page.locator('#fakta-openingHours-periods-0-to').fill('15:30');
    await page.locator('[data-path="openingHours.exceptions"] > [data-add-row]').click();
    await page.locator('#fakta-openingHours-exceptions-0-date').fill('2026-12-24');
    await page.locator('#fakta-openingHours-exceptions-0-note').fill('Julaften');
    await page.getByRole('button', { name: 'Lagre' }).click();

    await errorFor(page, 'phone').waitFor();
    expect(await errorFor(page, 'phone').textContent()).toContain('Telefonnummer kan bare inneholde sifre');
    expect(await page.locator('[data-error-summary]').isVisible()).toBe(true);
    expect(await page.locator('#fakta-phone').inputValue()).toBe('ring oss');
    expect(await page.locator('#fakta-openingHours-exceptions-0-note').inputValue()).toBe('Julaften');

    await page.locator('#fakta-phone').fill('61 31 60 00');
    await page.getByLabel('Hva har du endret, og hvorfor?').fill('Nytt nummer og stengt julaften');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page
      .locator('[data-save-message]')
      .getByText(/^Lagret som versjon/)
      .waitFor();
    expect(await errorFor(page, 'phone').isVisible()).toBe(false);

    const saved = (await (await site.api('/api/moderation/facts/hjemmetjenesten', { asEditor: true })).json()) as {
      version: number;
      value: { phone: string; openingHours: { periods: unknown[]; exceptions: unknown[] } };
    };
    expect(saved.value.phone).toBe('61 31 60 00');
    expect(saved.value.openingHours.periods).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '15:30' }]);
    expect(saved.value.openingHours.exceptions).toEqual([{ date: '2026-12-24', note: 'Julaften', periods: [] }]);
    await page.locator('[data-history] li').getByText(`Versjon ${saved.version}`).waitFor();
    expect(await page.locator('[data-history]').textContent()).toContain('Nytt nummer og stengt julaften');

    // Opened again, the form shows the saved value, not the one the book was built with.
    const again = await openFact('hjemmetjenesten');
    await again.locator('[data-load-message]').getByText(`Versjon ${saved.version}`).waitFor();
    expect(await again.locator('#fakta-phone').inputValue()).toBe('61 31 60 00');
    expect(await again.locator('#fakta-openingHours-exceptions-0-date').inputValue()).toBe('2026-12-24');
  });

  it('tells the editor when someone saved first, keeping what was typed', async () => {
    const page = await openFact('kirkevergen');
    const fact = (await (await site.api('/api/moderation/facts/kirkevergen', { asEditor: true })).json()) as {
      value: object;
      version: number;
    };
    const behind = await site.api('/api/moderation/facts/kirkevergen', {
      asEditor: true,
      method: 'PUT',
      json: { value: { ...fact.value, email: 'kirkevergen@example.no' }, version: fact.version },
    });
    expect(behind.status).toBe(200);
    await page.locator('#fakta-description').fill('Har ansvar for gravplassene i kommunen og svarer på spørsmål om grav.');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page
      .locator('[data-save-message]')
      .getByText(/Noen andre har lagret/)
      .waitFor();
    expect(await page.locator('#fakta-description').inputValue()).toBe(
      'Har ansvar for gravplassene i kommunen og svarer på spørsmål om grav.',
    );
  });

  it('takes «Stemmer ikke dette?» from a reader without JavaScript and lists it on the fact’s form', async () => {
    const reader = await site.open('/trygghetsalarm/', { javaScriptEnabled: false });
    const card = reader.locator('[data-service="tildelingskontor"]').first();
    await card.getByText('Stemmer ikke dette?').click();
    const text = `Tildelingsenheten har fått nytt nummer ${Date.now()}.`;
    await card.getByLabel('Hva er feil, og hva er riktig?').fill(text);
    await card.getByRole('button', { name: 'Send rettelsen' }).click();
    await reader.waitForURL(/\/api\/foresla\/takk\?id=/);

    const page = await openFact('tildelingskontor');
    await page.locator('[data-corrections]').getByText(text).waitFor();
    expect(await page.locator('[data-corrections] a').first().getAttribute('href')).toMatch(/^\/redaksjon\/#forslag\//);
  });
});
