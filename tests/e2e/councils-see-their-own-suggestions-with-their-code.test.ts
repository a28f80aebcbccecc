import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();
const COUNCIL = 'Brukerrådet i rådssidetesten';
const OWN_TEXT = `Brukerrådet ber om en side om ledsagerbevis (${Math.random()}).`;
let code: string;

beforeAll(async () => {
  const created = await site.api('/api/moderation/councils', { method: 'POST', asEditor: true, json: { name: COUNCIL } });
  code = ((await created.json()) as { code: string }).code;
  await site.api('/api/suggestions', { method: 'POST', json: { kind: 'new-topic', text: OWN_TEXT, councilCode: code } });
});

describe('the councils’ page /rad/', () => {
  it('lists the council’s own suggestions with status after the code is typed, and passes axe', async () => {
    const page = await site.open('/rad/');
    await page.getByLabel('Rådskode').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Vis forslagene' }).click();
    await page.getByRole('heading', { name: `Forslag fra ${COUNCIL}` }).waitFor();
    const item = page.locator('.council-item').filter({ hasText: OWN_TEXT });
    expect(await item.locator('.follow-stage').textContent()).toBe('Mottatt');
    expect(await item.textContent()).toMatch(/Referanse F-\d{4}-\d{4}/);
    await expectNoAxeViolations(page);
  });

  it('says plainly when the code is wrong, beside the field', async () => {
    const page = await site.open('/rad/');
    await page.getByLabel('Rådskode').fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Vis forslagene' }).click();
    await page.locator('[data-council-error]').getByText('Rådskoden stemmer ikke').waitFor();
    expect(await page.getByLabel('Rådskode').getAttribute('aria-invalid')).toBe('true');
  });

  it('lists the council’s suggestions without JavaScript, the code posted in the form and never in the address, at 320 px', async () => {
    const page = await site.open('/rad/', { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    await page.getByLabel('Rådskode').fill(code);
    await page.getByRole('button', { name: 'Vis forslagene' }).click();
    await page.waitForURL(`${site.baseUrl}/api/rad`);
    expect(await page.getByRole('heading', { name: `Forslag fra ${COUNCIL}` }).isVisible()).toBe(true);
    const item = page.locator('.council-item').filter({ hasText: OWN_TEXT });
    expect(await item.locator('.follow-stage').textContent()).toBe('Mottatt');
    expect(await item.textContent()).toMatch(/Referanse F-\d{4}-\d{4}/);
    expect(await page.getByText('Rådet har ingen tekster til uttalelse nå.').isVisible()).toBe(true);
    expect(await page.getByLabel('Rådskode').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: 'Glem koden på denne maskinen' }).click();
    await page.waitForURL(`${site.baseUrl}/rad/`);
    expect(await page.getByLabel('Rådskode').inputValue()).toBe('');
  });

  it('says without JavaScript when the code is wrong, beside the field that keeps it', async () => {
    const page = await site.open('/rad/', { javaScriptEnabled: false });
    await page.getByLabel('Rådskode').fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Vis forslagene' }).click();
    expect(await page.locator('[data-council-error]').textContent()).toContain('Rådskoden stemmer ikke');
    expect(await page.getByLabel('Rådskode').inputValue()).toBe('AAAA-BBBB-CCCC');
    expect(await page.getByLabel('Rådskode').getAttribute('aria-invalid')).toBe('true');
  });

  it('passes axe as the page the server fills in', async () => {
    // axe needs scripts: the form is posted as a browser without JavaScript posts it (submit() skips the page's handler).
    const page = await site.open('/rad/');
    await page.getByLabel('Rådskode').fill(code);
    await page.locator('[data-council-form]').evaluate((form: HTMLFormElement) => form.submit());
    await page.getByRole('heading', { name: `Forslag fra ${COUNCIL}` }).waitFor();
    expect(page.url()).toBe(`${site.baseUrl}/api/rad`);
    await expectNoAxeViolations(page);
  });

  it('says when the council has no texts to review', async () => {
    const page = await site.open('/rad/');
    await page.getByLabel('Rådskode').fill(code);
    await page.getByRole('button', { name: 'Vis forslagene' }).click();
    await page.getByText('Rådet har ingen tekster til uttalelse nå.').waitFor();
    await expectNoAxeViolations(page);
  });
});
