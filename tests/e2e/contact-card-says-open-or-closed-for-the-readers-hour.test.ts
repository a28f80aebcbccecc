import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/use-site.ts';
import { loadMunicipality } from '../../src/lib/municipality.ts';

/**
 * The built book is Jevnaker's: no service there has opening hours of its own that an official page
 * confirms, so no card may say «Åpent nå» or «Stengt nå»; services are reached through the
 * switchboard or Helse og omsorg, whose hours are named as theirs. (A service with its own hours
 * gets the live line: tests/e2e/editors-keep-the-facts.test.ts publishes one.)
 */
const config = loadMunicipality('content/municipality.json');
const site = useSite();

async function openAt(path: string, instant: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.newPage(options);
  if (options.javaScriptEnabled !== false) await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${site.baseUrl}${path}`);
  return page;
}

const card = (page: Page, service: string) => page.locator(`[data-service="${service}"]`).first();

describe('the contact card in the reader’s browser', () => {
  it('never borrows the switchboard’s hours: a nursing home at 20:00 is not «Stengt nå»', async () => {
    const page = await openAt('/sykehjem/', '2026-11-24T20:00:00+01:00');
    expect(await page.locator('[data-open-now]:visible').count()).toBe(0);
    const sykehjem = await card(page, 'sykehjem').textContent();
    expect(sykehjem).toContain(`Ring Helse og omsorg i Jevnaker på 61 31 59 00 og spør etter ${config.services.sykehjem?.name}`);
    expect(sykehjem).not.toMatch(/Stengt nå|Åpent nå/);
    await page.close();
  });

  it('sends readers through the switchboard and names its hours as the switchboard’s', async () => {
    const page = await openAt('/trygghetsalarm/', '2026-11-24T10:30:00+01:00');
    const text = (await card(page, 'hjemmetjenesten').textContent())?.replace(/\s+/g, ' ');
    expect(text).toContain(`Ring sentralbordet på ${config.switchboard!.phone} og spør etter ${config.services.hjemmetjenesten?.name}.`);
    expect(text).toContain('Åpningstid for sentralbordet: kl. 10–14.');
    expect(await page.locator('[data-service="hjemmetjenesten"] [data-open-now]').count()).toBe(0);
    await page.close();
  });

  it('shows «Sist kontrollert» on every card, and says so when a fact is not checked yet', async () => {
    const page = await openAt('/tt-kort/', '2026-11-24T10:30:00+01:00', { javaScriptEnabled: false });
    for (const checked of await page.locator('[data-service]').all()) expect(await checked.locator('[data-checked]').count()).toBe(1);
    expect(await card(page, 'tt-kort').locator('[data-checked]').textContent()).toContain('Ikke kontrollert ennå – spør gjerne kommunen');
    await page.close();
    const juridisk = await openAt('/juridisk-hjelp/', '2026-11-24T10:30:00+01:00', { javaScriptEnabled: false });
    expect(await card(juridisk, 'statsforvalter').locator('[data-checked]').textContent()).toContain('Sist kontrollert 7. desember 2026');
    await juridisk.close();
  });
});
