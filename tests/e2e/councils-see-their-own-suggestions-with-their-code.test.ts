import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();
const COUNCIL = 'Brukerrådet i rådssidetesten';
const READER_COUNCIL = 'Eldrerådet som leser uten JavaScript';
const NEW_SUMMARY = 'Med ledsagerbevis går en ledsager gratis inn sammen med deg.';
const OWN_TEXT = `Brukerrådet ber om en side om ledsagerbevis (${Math.random()}).`;
let code: string;

beforeAll(async () => {
  const created = await site.api('/api/moderation/councils', { method: 'POST', asEditor: true, json: { name: COUNCIL } });
  code = ((await created.json()) as { code: string }).code;
  await site.api('/api/suggestions', { method: 'POST', json: { kind: 'new-topic', text: OWN_TEXT, councilCode: code } });
});

/** A council of its own, asked by the editors about a new «Kort fortalt» on /ledsagerbevis/. */
async function councilAskedAboutLedsagerbevis(): Promise<string> {
  const created = await site.api('/api/moderation/councils', { method: 'POST', asEditor: true, json: { name: READER_COUNCIL } });
  const { council, code } = (await created.json()) as { council: { id: string }; code: string };
  const head = (await (await site.api('/api/moderation/articles/ledsagerbevis', { asEditor: true })).json()) as { source: string };
  const source = head.source.replace(/^summary: .*$/m, `summary: ${NEW_SUMMARY}`);
  await site.api('/api/moderation/articles/ledsagerbevis', { method: 'PUT', asEditor: true, json: { source, version: 0 } });
  const asked = await site.api('/api/moderation/articles/ledsagerbevis/reviews', {
    method: 'POST',
    asEditor: true,
    json: { version: 1, councils: [council.id], deadline: '2099-12-31' },
  });
  expect(asked.status).toBe(201);
  return code;
}

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
    await page.waitForURL(`${site.baseUrl}/api/council/page`);
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
    expect(page.url()).toBe(`${site.baseUrl}/api/council/page`);
    await expectNoAxeViolations(page);
  });

  it('says when the council has no texts to review', async () => {
    const page = await site.open('/rad/');
    await page.getByLabel('Rådskode').fill(code);
    await page.getByRole('button', { name: 'Vis forslagene' }).click();
    await page.getByText('Rådet har ingen tekster til uttalelse nå.').waitFor();
    await expectNoAxeViolations(page);
  });

  it('lets a council without JavaScript read a text under review and give its statement, axe-clean', async () => {
    const readerCode = await councilAskedAboutLedsagerbevis();
    const page = await site.open('/rad/', { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    await page.getByLabel('Rådskode').fill(readerCode);
    await page.getByRole('button', { name: 'Vis forslagene' }).click();
    const request = page.locator('.council-item').filter({ hasText: 'Ledsagerbevis' });
    expect(await request.getByText('Venter på uttalelse fra rådet').isVisible()).toBe(true);
    await request.getByRole('button', { name: 'Les teksten og gi uttalelse' }).click();
    await page.waitForURL(`${site.baseUrl}/api/council/page/review`);
    expect(await page.getByRole('heading', { level: 2, name: /^Uttalelse om «Ledsagerbevis/ }).isVisible()).toBe(true);
    expect(await page.locator('ins.review-change').textContent()).toContain(`Nytt:${NEW_SUMMARY}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await page.getByLabel('Vi har merknader').check();
    await page.getByRole('button', { name: 'Send uttalelsen' }).click();
    expect(await page.locator('#review-text-error').textContent()).not.toBe('');
    expect(await page.getByLabel('Vi har merknader').isChecked()).toBe(true);
    await page.getByLabel('Merknader', { exact: true }).fill('Skriv hvor beviset søkes.');
    await page.getByRole('button', { name: 'Send uttalelsen' }).click();
    expect(await page.getByText('Takk! Uttalelsen er sendt til redaksjonen.').isVisible()).toBe(true);
    expect(await page.locator('.council-statement').getByText('Skriv hvor beviset søkes.').isVisible()).toBe(true);
    // The council may change it until the text is published: the form stays, filled in with what it said.
    expect(await page.getByLabel('Merknader', { exact: true }).inputValue()).toBe('Skriv hvor beviset søkes.');

    await page.getByRole('button', { name: 'Tilbake til listen' }).click();
    await page.waitForURL(`${site.baseUrl}/api/council/page`);
    expect(await request.getByText(/^Rådet sendte merknader/).isVisible()).toBe(true);

    // axe needs scripts: the same pages, opened by plain form posts in a page that runs them.
    const checked = await site.open('/rad/');
    await checked.getByLabel('Rådskode').fill(readerCode);
    await checked.locator('[data-council-form]').evaluate((form: HTMLFormElement) => form.submit());
    await checked.getByRole('button', { name: 'Les teksten og uttalelsen' }).click();
    await checked.waitForURL(`${site.baseUrl}/api/council/page/review`);
    await checked.locator('.council-statement').waitFor();
    await expectNoAxeViolations(checked);
  });
});
