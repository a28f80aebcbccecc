import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useSite } from './support/use-site.ts';

const site = useSite();
const COUNCIL = 'Eldrerådet i følg-testen';
let councilCode: string;

beforeAll(async () => {
  const response = await site.api('/api/moderation/councils', { method: 'POST', asEditor: true, json: { name: COUNCIL } });
  councilCode = ((await response.json()) as { code: string }).code;
});

function newPage(javaScriptEnabled: boolean, viewport = { width: 1024, height: 800 }): Promise<Page> {
  return site.newPage({ javaScriptEnabled, viewport });
}

async function sendFromTheForm(page: Page, councilCode?: string): Promise<string> {
  await page.goto(`${site.baseUrl}/foresla/`);
  await page.getByLabel('Noe er feil eller mangler').check();
  await page.getByLabel('Hvilken side gjelder det?').selectOption('sykehjem');
  await page.getByLabel('Hva vil du foreslå?').fill(`Besøkstidene på sykehjemmet står ikke på siden (${Math.random()}).`);
  if (councilCode) {
    await page.getByText('Sender du inn på vegne av et råd?').click();
    await page.getByLabel('Rådskode').fill(councilCode);
  }
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await page.waitForURL(/\/api\/foresla\/takk\?id=/);
  return (await page.locator('.reference').textContent())!;
}

/** axe needs scripts, so the same address is checked in a page that runs them. */
async function expectAccessible(url: string): Promise<void> {
  const page = await newPage(true);
  await page.goto(url);
  await expectNoAxeViolations(page);
}

/** The editors' steps for the suggestion with this reference, one PATCH each. */
async function decide(reference: string, steps: Record<string, unknown>[]): Promise<void> {
  const queue = (await (await site.api('/api/moderation/suggestions?status=new&limit=100', { asEditor: true })).json()) as {
    items: { id: string; reference?: string }[];
  };
  const { id } = queue.items.find((item) => item.reference === reference)!;
  for (const [index, step] of steps.entries()) {
    const response = await site.api(`/api/moderation/suggestions/${id}`, {
      method: 'PATCH',
      asEditor: true,
      json: { version: index + 1, ...step },
    });
    expect(response.status).toBe(200);
  }
}

describe('the reference on the thank-you page', () => {
  it.each([false, true])('is shown with «Sendt på vegne av» for a council (JavaScript: %s)', async (javaScriptEnabled) => {
    const page = await newPage(javaScriptEnabled);
    const reference = await sendFromTheForm(page, councilCode);
    expect(reference).toMatch(/^F-\d{4}-\d{4}$/);
    const receipt = page.locator('[data-receipt]');
    expect(await receipt.isVisible()).toBe(true);
    expect(await receipt.textContent()).toContain(`Sendt på vegne av ${COUNCIL}.`);
    const follow = page.locator('[data-receipt]').getByRole('link', { name: 'Følg forslaget ditt' });
    expect(await follow.getAttribute('href')).toBe(`/api/folg?referanse=${reference}`);
    await expectAccessible(page.url());
  });

  it('says nothing about a council when a citizen sent it', async () => {
    const page = await newPage(false);
    await sendFromTheForm(page);
    expect(await page.getByText('Sendt på vegne av').isVisible()).toBe(false);
  });
});

describe('«Send meg svar på e-post»', () => {
  it.each([false, true])(
    'is kept with the suggestion when ticked beside the e-mail address (JavaScript: %s)',
    async (javaScriptEnabled) => {
      const page = await newPage(javaScriptEnabled);
      await page.goto(`${site.baseUrl}/foresla/`);
      await page.getByLabel('Et spørsmål').check();
      await page.getByLabel('Hva vil du foreslå?').fill(`Hvem betaler for hjelpemidler? (${Math.random()})`);
      await page.getByLabel('E-post', { exact: true }).fill('svar@example.no');
      await page.getByLabel('Send meg svar på e-post').check();
      await page.getByRole('button', { name: 'Send forslaget' }).click();
      await page.waitForURL(/\/api\/foresla\/takk\?id=/);
      const reference = (await page.locator('.reference').textContent())!;
      const queue = (await (await site.api('/api/moderation/suggestions?status=new&limit=100', { asEditor: true })).json()) as {
        items: { reference?: string; notify?: boolean }[];
      };
      expect(queue.items.find((item) => item.reference === reference)?.notify).toBe(true);
    },
  );
});

describe('«Følg forslaget»', () => {
  it('shows «Mottatt» for a new suggestion, typed in lower case without JavaScript', async () => {
    const page = await newPage(false);
    const reference = await sendFromTheForm(page);
    await page.goto(`${site.baseUrl}/folg/`);
    await page.getByLabel('Referanse').fill(reference.toLowerCase());
    await page.getByRole('button', { name: 'Vis status' }).click();
    await page.waitForURL(/\/api\/folg\?referanse=/);
    expect(await page.getByRole('heading', { level: 2, name: `Forslag ${reference}` }).isVisible()).toBe(true);
    expect(await page.locator('.follow-stage:visible').textContent()).toBe('Mottatt');
    expect(await page.getByLabel('Referanse').inputValue()).toBe(reference.toLowerCase());
    await expectAccessible(page.url());
    await expectAccessible(`${site.baseUrl}/folg/`);
  });

  it("shows «Under behandling» with the editors' answer, never the suggestion's own text", async () => {
    const page = await newPage(false);
    const reference = await sendFromTheForm(page);
    await decide(reference, [{ status: 'in-review' }, { status: 'accepted', publicAnswer: 'Besøkstidene kommer på siden.', public: true }]);
    await page.goto(`${site.baseUrl}/api/folg?referanse=${reference}`);
    expect(await page.locator('.follow-stage:visible').textContent()).toBe('Under behandling');
    expect(await page.locator('[data-follow-answer]').textContent()).toContain('Besøkstidene kommer på siden.');
    expect(await page.content()).not.toContain('Besøkstidene på sykehjemmet står ikke på siden.');
  });

  it('says «Ikke tatt med – begrunnelse» with the reason for a rejected one', async () => {
    const page = await newPage(false);
    const reference = await sendFromTheForm(page);
    await decide(reference, [
      { status: 'in-review' },
      { status: 'rejected', publicAnswer: 'Dette står allerede under «Besøk».', public: true },
    ]);
    await page.goto(`${site.baseUrl}/api/folg?referanse=${reference}`);
    expect(await page.locator('.follow-stage:visible').textContent()).toBe('Ikke tatt med – begrunnelse');
    expect(await page.locator('[data-follow-answer]').textContent()).toContain('Dette står allerede under «Besøk».');
  });

  it('answers an unknown reference with 404 and a plain message, keeping what was typed', async () => {
    const page = await newPage(false);
    const response = await page.goto(`${site.baseUrl}/api/folg?referanse=F-1999-0001`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('alert').filter({ hasText: 'Vi fant ikke' }).textContent()).toContain('«F-1999-0001»');
    expect(await page.getByLabel('Referanse').inputValue()).toBe('F-1999-0001');
  });

  it('reflows without horizontal scrolling at 320 CSS px', async () => {
    const page = await newPage(false, { width: 320, height: 640 });
    const reference = await sendFromTheForm(page, councilCode);
    const thanks = new URL(page.url());
    for (const path of ['/folg/', `/api/folg?referanse=${reference}`, thanks.pathname + thanks.search]) {
      await page.goto(site.baseUrl + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
