import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../functions/search/handler.ts';
import { renderSearchPage, SearchTemplateError } from '../../../functions/search/search-page.ts';
import { SEARCH_SITE_FILES } from '../../../functions/search/site-files.ts';
import type { AppContext } from '../../../functions/shared/context.ts';
import { outputHtml, statusHtml } from '../../../src/core/search/render-output.ts';
import { searchMessages } from '../../../src/core/search/search-messages.ts';
import { t } from '../../../src/core/text/t.ts';
import { fixture } from '../../fixtures/api-events/index.ts';
import { searchDocuments } from '../../fixtures/search-documents.ts';

const messages = searchMessages(t);

/** The parts of the built /sok/ page the server fills in, around the same renderer output. */
const template = [
  '<!DOCTYPE html><html lang="nb"><head><title>Søk – Alderdommens ABC</title></head><body>',
  '<div class="search-page" data-search data-messages="{}"><form action="/api/sok"><label for="search-page-field">Hva lurer du på?</label>',
  '<input id="search-page-field" name="q" type="search"></form>',
  statusHtml(undefined, messages),
  `<div class="search-output" data-search-output>${outputHtml(undefined, messages)}</div>`,
  '</div></body></html>',
].join('');

let siteDir: string;
const context = () => ({ env: { SEARCH_SITE_DIR: siteDir } }) as unknown as AppContext;
const searchFor = (q: string | undefined) => {
  const event = fixture('get-search');
  return run({ ...event, queryStringParameters: q === undefined ? {} : { q } }, context());
};

beforeAll(() => {
  siteDir = mkdtempSync(join(tmpdir(), 'abc-search-site-'));
  mkdirSync(join(siteDir, 'sok'));
  writeFileSync(join(siteDir, SEARCH_SITE_FILES.template), template);
  writeFileSync(join(siteDir, SEARCH_SITE_FILES.index), JSON.stringify({ documents: searchDocuments }));
});

afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

describe('GET /api/sok (search without JavaScript)', () => {
  it('answers with the search page: the query kept in the field, the count, the results and the tab title', async () => {
    const response = await run(fixture('get-search'), context());
    expect(response.statusCode).toBe(200);
    expect(response.headers!['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers!['cache-control']).toBe('public, max-age=300, s-maxage=86400');
    const page = parse(response.body!);
    expect(page.querySelector('#search-page-field')!.getAttribute('value')).toBe('sykehjem pris');
    expect(page.querySelector('title')!.textContent).toBe('Søk etter «sykehjem pris» – Søk – Alderdommens ABC');
    expect(page.querySelector('[data-search]')!.getAttribute('data-search-query')).toBe('sykehjem pris');
    expect(page.querySelector('[data-search-status]')!.textContent).toMatch(/passer godt til «sykehjem pris»/);
    expect(page.querySelectorAll('[data-search-results] [data-search-result]')[0]!.getAttribute('href')).toBe('/sykehjem/');
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
    expect(page).not.toContain('<script>alert');
    expect(parse(page).querySelector('#search-page-field')!.getAttribute('value')).toBe('<script>alert(1)</script>');
  });

  it('sends an empty search to the search page', async () => {
    expect(await searchFor('   ')).toMatchObject({ statusCode: 303, headers: { location: '/sok/' } });
    expect(await searchFor(undefined)).toMatchObject({ statusCode: 303, headers: { location: '/sok/' } });
  });

  it('refuses a template that was not built from the search page, naming what is missing', () => {
    const outcome = { query: 'x', hits: [], didYouMean: [], closest: [] };
    expect(() => renderSearchPage('<html><title>x</title></html>', outcome, { messages, documentTitle: '{query}' })).toThrow(SearchTemplateError);
  });
});
