import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/core/orders/schema.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { signInAsEditor } from './support/editors.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();

const waitingOrders = async () =>
  ((await (await site.api('/api/moderation/orders?status=waiting', { asEditor: true })).json()) as { items: Order[] }).items;

async function fill(page: Page, fields: { name?: string; address?: string; postcode?: string; town?: string }): Promise<void> {
  if (fields.name !== undefined) await page.getByLabel('Navn', { exact: true }).fill(fields.name);
  if (fields.address !== undefined) await page.getByLabel('Adresse', { exact: true }).fill(fields.address);
  if (fields.postcode !== undefined) await page.getByLabel('Postnummer').fill(fields.postcode);
  if (fields.town !== undefined) await page.getByLabel('Poststed').fill(fields.town);
}

describe('«Bestill boka i posten» without JavaScript', () => {
  it('gives the form back with a Norwegian error beside each wrong field and what she typed kept, then thanks her', async () => {
    const page = await site.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto(`${site.baseUrl}/bestill-boka/`);
    const name = `Ingrid Hansen ${Math.random()}`;
    await fill(page, { name, address: 'Storgata 12', postcode: '35' });
    await page.getByRole('button', { name: 'Send bestillingen' }).click();
    await page.waitForURL(/\/api\/orders$/);

    const summary = page.locator('[data-order-errors]');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Postnummeret har fire siffer, for eksempel 3520.',
      'Skriv poststedet.',
      'Velg hvilken utgave du vil ha.',
    ]);
    expect(await page.locator('#order-postcode-error').textContent()).toBe('Feil: Postnummeret har fire siffer, for eksempel 3520.');
    expect(await page.locator('#order-town-error').isVisible()).toBe(true);
    expect(await page.locator('#order-edition-error').isVisible()).toBe(true);
    expect(await page.locator('#order-name-error').isVisible()).toBe(false);
    expect(await page.getByLabel('Navn', { exact: true }).inputValue()).toBe(name);
    expect(await page.getByLabel('Adresse', { exact: true }).inputValue()).toBe('Storgata 12');
    expect(await page.getByLabel('Postnummer').inputValue()).toBe('35');
    expect(await page.getByLabel('Postnummer').getAttribute('aria-invalid')).toBe('true');
    expect((await waitingOrders()).some((order) => order.name === name)).toBe(false);

    await fill(page, { postcode: '3520', town: 'Jevnaker' });
    await page.getByLabel('Kortversjonen med stor skrift').check();
    await page.getByRole('button', { name: 'Send bestillingen' }).click();
    await page.waitForURL(/\/bestill-boka\/takk\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Takk for bestillingen');
    expect(await page.content()).not.toContain(name);
    expect((await waitingOrders()).find((order) => order.name === name)).toMatchObject({
      address: 'Storgata 12',
      postcode: '3520',
      town: 'Jevnaker',
      edition: 'largeShort',
    });
  });

  it('keeps the edition she chose when another field is wrong', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/bestill-boka/`);
    await fill(page, { name: 'Per Olsen', address: '', postcode: '3520', town: 'Jevnaker' });
    await page.getByLabel('Hele boka med stor skrift').check();
    await page.getByRole('button', { name: 'Send bestillingen' }).click();
    await page.waitForURL(/\/api\/orders$/);
    expect(await page.locator('#order-address-error').textContent()).toBe('Feil: Skriv adressen boka skal sendes til.');
    expect(await page.getByLabel('Hele boka med stor skrift').isChecked()).toBe(true);
  });

  it('is linked from the page about the book', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.baseUrl}/om/`);
    await page.locator('main').getByRole('link', { name: 'Bestill boka i posten' }).click();
    await page.waitForURL(/\/bestill-boka\/$/);
  });
});

describe("«Bestillinger av boka» on the editors' page", () => {
  it('shows the address to write on the envelope, prints only the label, and «Merk som sendt» erases the name and address', async () => {
    const name = `Astrid Berg ${Math.random()}`;
    const created = await site.api('/api/orders', {
      method: 'POST',
      json: { name, address: 'Postboks 7', postcode: '3521', town: 'Jevnaker', edition: 'short' },
    });
    const { id } = (await created.json()) as { id: string };

    const page = await site.newPage();
    // window.print() opens a dialog a headless browser cannot close: count the calls instead.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await signInAsEditor(site, page);
    const section = page.locator('[data-orders]');
    const order = section.locator(`[data-order="${id}"]`);
    await order.waitFor();
    expect(await order.locator('[data-order-label] p').allTextContents()).toEqual([name, 'Postboks 7', '3521 Jevnaker']);

    await order.getByRole('button', { name: 'Skriv ut adresselapp' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.label-sheet').innerText()).toContain(name);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await section.isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    await order.getByRole('button', { name: 'Merk som sendt' }).click();
    await order.getByRole('button', { name: 'Ja, merk som sendt' }).click();
    await section.locator('[data-orders-message]').getByText('Navnet og adressen er slettet').waitFor();
    expect(await section.locator('[data-orders-waiting]').innerText()).not.toContain(name);
    expect(await section.locator(`[data-orders-sent] [data-order="${id}"]`).innerText()).toContain('Kortversjonen');
    expect(await page.content()).not.toContain(name);
    expect((await waitingOrders()).some((item) => item.id === id)).toBe(false);
    await expectNoAxeViolations(page);
  });

  it('writes down a request heard on the phone, with the errors beside the fields first', async () => {
    const page = await site.newPage();
    await signInAsEditor(site, page);
    const form = page.locator('[data-order-register]');
    const name = `Olav Lie ${Math.random()}`;
    await form.getByLabel('Navn').fill(name);
    await form.getByLabel('Adresse').fill('Bakken 3');
    await form.getByLabel('Postnummer').fill('352');
    await form.getByRole('button', { name: 'Registrer bestillingen' }).click();
    await form.locator('[data-order-register-error="postcode"]').getByText('fire siffer').waitFor();
    expect(await form.locator('[data-order-register-error="town"]').isVisible()).toBe(true);
    expect(await form.getByLabel('Navn').inputValue()).toBe(name);

    await form.getByLabel('Postnummer').fill('3520');
    await form.getByLabel('Poststed').fill('Jevnaker');
    await form.getByLabel('Hele boka', { exact: true }).check();
    await form.getByRole('button', { name: 'Registrer bestillingen' }).click();
    await page.locator('[data-orders-message]').getByText('Bestillingen er registrert').waitFor();
    const order = page.locator('[data-orders-waiting] [data-order]', { hasText: name });
    await order.waitFor();
    expect(await order.innerText()).toContain('Skrevet ned av Kari Redaktør (Telefon)');
  });
});
