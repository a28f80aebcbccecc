import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { hoursRows } from '../../src/core/opening-hours-table.ts';
import { formatPrice } from '../../src/core/prices.ts';
import type { Municipality } from '../../src/core/schemas/municipality.ts';

/**
 * Builds the book with the Halden example config and compares it page by page with the default
 * (Jevnaker) build in dist/: every local fact must change, and nothing national may.
 */
const JEVNAKER = 'content/municipality.json';
const HALDEN = 'content/municipalities/halden.json';
const jevnakerDist = 'dist';
let haldenDist: string;

/** The built pages readers get; the facts desk's pages (/redaksjon/fakta/) are the kommune's own facts, one page per fact. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('redaksjon/fakta/'))
    .map((file) => join(dir, file));
}

/** The strings a reader would recognise as local: names, numbers, addresses, e-mail. */
function localFacts(config: Municipality): string[] {
  const facts = [
    config.name,
    config.shortName,
    config.logoText,
    config.county,
    config.countyGovernor,
    ...(config.email ? [config.email] : []),
    ...(config.address ? [config.address.street, `${config.address.postalCode} ${config.address.city}`] : []),
    ...(config.postalAddress ? [config.postalAddress.street, `${config.postalAddress.postalCode} ${config.postalAddress.city}`] : []),
    ...(config.switchboard ? [config.switchboard.phone] : []),
    ...(config.serviceDesk ? [config.serviceDesk.name, config.serviceDesk.address] : []),
  ];
  for (const service of Object.values(config.services)) {
    facts.push(service.name, ...(service.phone ? [service.phone] : []), ...service.conditions);
    if (service.apply?.address) facts.push(service.apply.address);
    for (const table of service.prices) facts.push(table.title, ...table.values.map((value) => value.source.url));
  }
  return facts;
}

/** Every price, opening-hours row and application route the config gives, as the reader sees it. */
function configuredFacts(config: Municipality): Array<{ service: string; fact: string }> {
  const facts: Array<{ service: string; fact: string }> = [];
  for (const [id, service] of Object.entries(config.services)) {
    for (const table of service.prices)
      for (const value of table.values) for (const item of value.items) facts.push({ service: id, fact: formatPrice(item) });
    for (const row of service.openingHours ? hoursRows(service.openingHours) : []) facts.push({ service: id, fact: row.time });
    if (service.apply?.address) facts.push({ service: id, fact: service.apply.address });
  }
  return facts;
}

const bodyOf = (file: string) => parse(readFileSync(file, 'utf8')).querySelector('body') as HTMLElement;

function nationalText(body: HTMLElement): string {
  // The PDF download links carry each build's file sizes (this test builds Halden without the PDFs), and the
  // footer the day each build was made.
  for (const local of body.querySelectorAll('[data-local], [data-booklet-links], [data-web-edition]')) local.remove();
  return body.textContent.replace(/\s+/g, ' ').trim();
}

describe('switching the municipality config', () => {
  const jevnaker = loadMunicipality(JEVNAKER);
  const halden = loadMunicipality(HALDEN);
  // Facts both kommuner share (Nav's national number, for one) are not local to either.
  const haldenFacts = new Set(localFacts(halden));
  const onlyJevnaker = localFacts(jevnaker).filter((fact) => !haldenFacts.has(fact));

  beforeAll(() => {
    if (!existsSync(join(jevnakerDist, 'index.html'))) throw new Error('Bygg nettstedet først: npm run build');
    haldenDist = mkdtempSync(join(tmpdir(), 'abc-halden-'));
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      env: { ...process.env, MUNICIPALITY_CONFIG: HALDEN, ASTRO_OUT_DIR: haldenDist },
      stdio: 'inherit',
    });
  }, 240_000);

  afterAll(() => {
    if (haldenDist) rmSync(haldenDist, { recursive: true, force: true });
  });

  it('builds the same pages for both kommuner', () => {
    const pages = (dir: string) =>
      htmlFiles(dir)
        .map((file) => relative(dir, file))
        .sort();
    expect(pages(haldenDist)).toEqual(pages(jevnakerDist));
  });

  it('leaves no Jevnaker fact on any Halden page and shows Halden’s own', () => {
    const leaks: string[] = [];
    for (const file of htmlFiles(haldenDist)) {
      const text = bodyOf(file).toString();
      for (const fact of onlyJevnaker) if (text.includes(fact)) leaks.push(`${relative(haldenDist, file)}: ${fact}`);
    }
    expect(leaks).toEqual([]);
    const contact = bodyOf(join(haldenDist, 'kontakt/index.html')).textContent;
    for (const fact of [halden.name, halden.switchboard!.phone, halden.address!.street, halden.email!]) expect(contact).toContain(fact);
  });

  it('renders every configured price, opening-hours row and application route where the service is shown', () => {
    for (const [config, dist] of [
      [jevnaker, jevnakerDist],
      [halden, haldenDist],
    ] as const) {
      const cards = htmlFiles(dist ?? '').flatMap((file) => bodyOf(file).querySelectorAll('[data-service], [data-price], [data-apply]'));
      const missing = configuredFacts(config).filter(
        ({ service, fact }) =>
          !cards.some(
            (card) =>
              [card.getAttribute('data-service'), card.getAttribute('data-apply')].includes(service) &&
              card.textContent.replace(/\s+/g, ' ').includes(fact),
          ),
      );
      expect(missing, config.name).toEqual([]);
    }
  });

  it('says whom to ask, with a number, where the kommune has given no price', () => {
    const page = bodyOf(join(haldenDist, 'trygghetsalarm/index.html'));
    const missing = page.querySelector('[data-price-missing="trygghetsalarm"]');
    expect(missing?.textContent).toContain(`spør ${halden.services.hjemmetjenesten?.name}`);
    expect(missing?.querySelector('a[href^="tel:"]')?.textContent).toBe(halden.switchboard!.phone);
  });

  it('names each kommune’s switchboard as whom to call, without a live «Åpent nå» for hours that are not the service’s', () => {
    const card = bodyOf(join(jevnakerDist, 'trygghetsalarm/index.html')).querySelector('[data-service="hjemmetjenesten"]');
    expect(card?.querySelector('[data-via]')?.textContent).toContain(jevnaker.switchboard!.phone);
    expect(card?.querySelector('[data-open-now]')).toBeNull();
    const haldenCard = bodyOf(join(haldenDist, 'trygghetsalarm/index.html')).querySelector('[data-service="hjemmetjenesten"]');
    expect(haldenCard?.querySelector('[data-via]')?.textContent).toContain(halden.switchboard!.phone);
  });

  it('keeps every national text identical', () => {
    const differences: string[] = [];
    for (const file of htmlFiles(jevnakerDist)) {
      const page = relative(jevnakerDist, file);
      if (page.startsWith('pagefind')) continue;
      if (nationalText(bodyOf(file)) !== nationalText(bodyOf(join(haldenDist, page)))) differences.push(page);
    }
    expect(differences).toEqual([]);
  });
});
