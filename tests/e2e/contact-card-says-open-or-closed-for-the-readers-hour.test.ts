import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/use-site.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';

/** The built book is Jevnaker's: the switchboard answers weekdays 10–14, and hjemmetjenesten's night number is legevakten. */
const config = loadMunicipality('content/municipality.json');
const site = useSite();

async function openAt(instant: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.newPage(options);
  if (options.javaScriptEnabled !== false) await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${site.baseUrl}/trygghetsalarm/`);
  return page;
}

const status = (page: Page, service: string) => page.locator(`[data-service="${service}"] [data-open-now]`);

describe('the contact card in the reader’s browser', () => {
  it('says «Åpent nå» with the closing time during the switchboard’s hours, in Norwegian time', async () => {
    const page = await openAt('2026-11-24T10:30:00+01:00');
    expect(await status(page, 'tildelingskontor').textContent()).toBe('Åpent nå, til kl. 14:00');
    await page.close();
  });

  it('at night points to the number that answers, or to when it opens', async () => {
    const page = await openAt('2026-11-24T22:00:00+01:00');
    expect(await status(page, 'hjemmetjenesten').textContent()).toBe(
      `Stengt nå – ring ${config.services.hjemmetjenesten?.afterHours?.name}: 116 117`,
    );
    expect(await status(page, 'tildelingskontor').textContent()).toBe('Stengt nå. Åpner onsdag kl. 10:00');
    await page.close();
  });

  it('without JavaScript hides the line and still shows the whole opening-hours table', async () => {
    const page = await openAt('', { javaScriptEnabled: false });
    expect(await status(page, 'tildelingskontor').isVisible()).toBe(false);
    expect(await page.locator('[data-service="tildelingskontor"] table').textContent()).toContain('10:00–14:00');
    await page.close();
  });
});
