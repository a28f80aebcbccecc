/**
 * GET /api/sok: the search results page without JavaScript, drawn by the server renderer the build
 * made (the search page's own component) over the test book's alias index.
 */
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../functions/search/handler.ts';
import type { AppContext } from '../../../functions/shared/dependencies.ts';
import { fixture } from '../../fixtures/api-events/index.ts';
import { removeSite, writeSearchSite } from '../../fixtures/search-site.ts';

let siteDir: string;
/** The searches the page counted for the insight. */
const counted: { day: string; q?: string; results: number }[] = [];
const insight = {
  recordSearch: async (search: (typeof counted)[number]) => {
    counted.push(search);
  },
};
const context = () => ({ env: { SITE_DIR: siteDir }, now: () => new Date('2026-11-30T23:30:00Z'), insight }) as unknown as AppContext;
const searchFor = (q: string | undefined) => {
  const event = fixture('get-search');
  return run({ ...event, queryStringParameters: q === undefined ? {} : { q } }, context());
};

beforeAll(() => {
  siteDir = writeSearchSite();
});

afterAll(() => removeSite(siteDir));

describe('GET /api/sok (search without JavaScript)', () => {
  it('answers with the search page: the query kept in the field, the count, the results and the tab title', async () => {
    const response = await run(fixture('get-search'), context());
    expect(response.statusCode).toBe(200);
    expect(response.headers!['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers!['cache-control']).toBe('private, max-age=300');
    const page = parse(response.body!);
    expect(page.querySelector('#search-page-field')!.getAttribute('value')).toBe('sykehjem pris');
    expect(page.querySelector('title')!.textContent).toBe('Søk etter «sykehjem pris» – Søk – Alderdommens ABC');
    expect(page.querySelector('[data-search]')!.getAttribute('data-search-query')).toBe('sykehjem pris');
    expect(page.querySelector('[data-search-status]')!.textContent).toMatch(/passer godt til «sykehjem pris»/);
    expect(page.querySelectorAll('[data-search-results] [data-search-result]')[0]!.getAttribute('href')).toBe('/sykehjem/');
  });

  it('counts each search for the insight: the day in Norway, the question as counted and how many results, nothing else', async () => {
    counted.length = 0;
    await searchFor('  Sykehjem PRIS ');
    await searchFor('ring meg på 22 33 44 55');
    expect(counted).toHaveLength(2);
    expect(counted[0]).toEqual({ day: '2026-12-01', q: 'sykehjem pris', results: expect.any(Number) });
    expect(counted[0]!.results).toBeGreaterThan(0);
    // A question holding a phone number counts only in the day's total, never under its words.
    expect(counted[1]).toEqual({ day: '2026-12-01', results: expect.any(Number) });
  });

  it('asks the browser to ping the insight when the reader opens a result, so an opening is counted without JavaScript', async () => {
    const page = parse((await searchFor('sykehjem pris')).body!);
    const links = page.querySelectorAll('[data-search-results] a');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('ping')).toBe('/api/insight/search?q=sykehjem%20pris');
  });

  it('opens a question about danger with the numbers to ring before the results, and shows no hint to type', async () => {
    const body = (await searchFor('sønnen min slår meg')).body!;
    const box = parse(body).querySelector('[data-search-output] [data-danger-box]')!;
    expect(box.getAttribute('data-danger-box')).toBe('abuse');
    expect(box.querySelectorAll('a').map((link) => link.textContent)).toEqual(['800 30 196', '112', '113']);
    expect(body.indexOf('data-danger-box')).toBeLessThan(body.indexOf('data-search-result'));
    expect(parse(body).querySelector('[data-search-results] [data-search-result]')!.getAttribute('href')).toBe('/vold-og-overgrep/');
    expect(body).not.toContain('data-search-hint');
  });

  it('tells whether each service is open for a question that names a time, and keeps that page one minute only', async () => {
    const response = await searchFor('lege om natta');
    expect(response.headers!['cache-control']).toBe('private, max-age=60');
    const result = parse(response.body!)
      .querySelectorAll('.search-result')
      .find((item) => item.querySelector('[data-search-result]')!.getAttribute('href') === '/legevakt/')!;
    const line = result.querySelector('[data-open-status]')!;
    expect(line.textContent).toBe('Åpent hele døgnet – ring Legevakten på 116 117');
    expect(line.querySelector('a')!.getAttribute('href')).toBe('tel:116117');
  });

  it('offers «Mente du» and, with no hits, the help instead of a dead end', async () => {
    const corrected = parse((await searchFor('trygghetsalram')).body!);
    expect(corrected.querySelector('[data-search-did-you-mean]')!.textContent).toContain('trygghetsalarm');
    const nothing = parse((await searchFor('xylofonkonsert')).body!);
    expect(nothing.querySelector('[data-search-empty]')!.hasAttribute('hidden')).toBe(false);
    expect(nothing.querySelector('[data-search-empty] h2')!.textContent).toBe('Vi fant ingen sider om «xylofonkonsert».');
    expect(nothing.querySelector('[data-search-ask]')!.getAttribute('href')).toBe('/foresla/?type=question&tekst=xylofonkonsert');
  });

  it('keeps markup the reader typed as text', async () => {
    const page = (await searchFor('<script>alert(1)</script>')).body!;
    // Inside a quoted attribute `<` is only text; everywhere else it is escaped.
    expect(page.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert');
    expect(
      parse(page)
        .querySelectorAll('script')
        .every((script) => script.getAttribute('src') && script.textContent === ''),
    ).toBe(true);
    expect(parse(page).querySelector('#search-page-field')!.getAttribute('value')).toBe('<script>alert(1)</script>');
  });

  it('echoes no invisible control or reordering characters, and cuts a long question between characters', async () => {
    const page = (await searchFor('syke\u0000hjem\u0001 \u202Epris\n\tnå')).body!;
    expect(page).not.toMatch(/[\u0000-\u0008\u202E]/);
    expect(parse(page).querySelector('#search-page-field')!.getAttribute('value')).toBe('sykehjem pris nå');
    const long = parse((await searchFor('😀'.repeat(300))).body!)
      .querySelector('#search-page-field')!
      .getAttribute('value')!;
    expect(Array.from(long)).toHaveLength(200);
    expect(long.isWellFormed()).toBe(true);
  });

  it('sends an empty search to the search page', async () => {
    expect(await searchFor('   ')).toMatchObject({ statusCode: 303, headers: { location: '/sok/' } });
    expect(await searchFor('\u0000\u0001')).toMatchObject({ statusCode: 303, headers: { location: '/sok/' } });
    expect(await searchFor(undefined)).toMatchObject({ statusCode: 303, headers: { location: '/sok/' } });
  });
});
