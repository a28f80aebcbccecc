import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { outputHtml, statusHtml } from '../../../src/core/search/render-output.ts';
import { searchMessages } from '../../../src/core/search/search-messages.ts';
import type { SearchHit, SearchOutcome } from '../../../src/core/search/search.ts';
import { openingHoursSchema } from '../../../src/core/schemas/municipality.ts';

const messages = searchMessages();

const outcome: SearchOutcome = {
  query: 'sykehjem <pris>',
  hits: [
    {
      url: '/sykehjem/',
      title: 'Sykehjem',
      summary: 'Hjelp hele døgnet & mat.',
      area: 'Når du trenger mer hjelp',
      section: { label: 'Hva koster det?', url: '/sykehjem/#hva-koster-det' },
      good: true,
    },
    { url: '/korttidsopphold/', title: 'Korttidsopphold', summary: 'En kort periode.', good: true },
    { url: '/tannhelse/', title: 'Tannhelse', summary: 'Tenner.', good: false },
  ],
  didYouMean: [],
  closest: [],
  danger: [],
  when: [],
};

describe('the search results as HTML (shared by the server and the script)', () => {
  it('counts only the results that match well, and lists the weaker tail under its own heading', () => {
    expect(parse(statusHtml(outcome, messages)).textContent).toBe('2 sider passer godt til «sykehjem <pris>».');
    const page = parse(outputHtml(outcome, messages));
    expect(page.querySelectorAll('[data-search-results] > li [data-search-result]').map((link) => link.getAttribute('href'))).toEqual([
      '/sykehjem/',
      '/korttidsopphold/',
    ]);
    const weak = page.querySelector('.search-weak')!;
    expect(weak.querySelector('h2')!.textContent).toBe('Disse sidene passer dårligere');
    expect(weak.querySelectorAll('[data-search-result]').map((link) => link.getAttribute('href'))).toEqual(['/tannhelse/']);
    expect(page.querySelector('[data-search-empty]')!.hasAttribute('hidden')).toBe(true);
  });

  it('links to the section that answers the question', () => {
    const link = parse(outputHtml(outcome, messages)).querySelector('.search-result__section a')!;
    expect(link.getAttribute('href')).toBe('/sykehjem/#hva-koster-det');
    expect(link.textContent).toBe('Gå rett til «Hva koster det?»');
  });

  it('escapes what the reader typed and what the index holds', () => {
    const html = outputHtml({ ...outcome, hits: [{ ...outcome.hits[0]!, title: '<script>alert(1)</script>' }] }, messages);
    expect(html).not.toContain('<script>');
    expect(html).toContain('tekst=sykehjem+%3Cpris%3E');
    expect(statusHtml(outcome, messages)).toContain('sykehjem &lt;pris&gt;');
  });

  it('shows the no-result help with the nearest words, and says it aloud once', () => {
    const empty: SearchOutcome = {
      query: 'gamlhjemmm',
      hits: [],
      didYouMean: [],
      closest: [{ label: 'gamlehjem', url: '/sykehjem/' }],
      danger: [],
      when: [],
    };
    const page = parse(outputHtml(empty, messages));
    expect(page.querySelector('[data-search-empty]')!.hasAttribute('hidden')).toBe(false);
    expect(page.querySelector('[data-search-empty] h2')!.textContent).toBe('Vi fant ingen sider om «gamlhjemmm».');
    expect(page.querySelector('[data-search-closest] a')!.getAttribute('href')).toBe('/sykehjem/');
    expect(page.querySelector('[data-search-results]')!.childNodes).toHaveLength(0);
    expect(parse(statusHtml(empty, messages)).querySelector('p')!.classList.contains('visually-hidden')).toBe(true);
  });

  it('offers «Mente du» with every suggestion linked', () => {
    const page = parse(outputHtml({ ...outcome, didYouMean: [{ label: 'pårørende', url: '/api/sok?q=p%C3%A5r%C3%B8rende' }] }, messages));
    expect(page.querySelector('[data-search-did-you-mean]')!.textContent).toBe('Mente du: pårørende?');
  });

  it('opens the results of a question about danger with a calm box giving the numbers to ring, before anything else', () => {
    const html = outputHtml({ ...outcome, danger: ['abuse'] }, messages);
    const page = parse(html);
    const box = page.querySelector('[data-danger-box]')!;
    expect(box.getAttribute('data-danger-box')).toBe('abuse');
    expect(box.querySelector('h2')!.textContent).toBe('Blir noen slått, truet eller fratatt penger? Du kan få hjelp.');
    expect(box.querySelectorAll('a').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['800 30 196', 'tel:+4780030196'],
      ['112', 'tel:112'],
      ['113', 'tel:113'],
    ]);
    expect(html.indexOf('data-danger-box')).toBeLessThan(html.indexOf('data-search-result'));
    expect(parse(outputHtml(outcome, messages)).querySelector('[data-danger-box]')).toBeNull();
  });

  it('names every kind a question carries in the box, most urgent first', () => {
    const box = parse(outputHtml({ ...outcome, danger: ['emergency', 'suicide'] }, messages)).querySelector('[data-danger-box]')!;
    expect(box.getAttribute('data-danger-box')).toBe('emergency suicide');
    expect(box.querySelector('h2')!.textContent).toBe('Er det fare for liv? Ring 113.');
    expect(box.querySelectorAll('a').map((link) => link.textContent)).toEqual(['113', '116 117', '116 123', '22 40 00 40']);
  });

  it('hints at typing a word only before a search, quietly and only without JavaScript', () => {
    const before = parse(outputHtml(undefined, messages));
    expect(before.querySelector('noscript')!.innerHTML).toContain('class="search-hint"');
    expect(before.querySelector('.notice')).toBeNull();
    expect(outputHtml(outcome, messages)).not.toContain('search-hint');
  });

  it('tells, for a question that names a time, whether each result’s service is open at that instant', () => {
    const office = openingHoursSchema.parse({ periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '15:00' }] });
    const hits: SearchHit[] = [
      {
        url: '/legevakt/',
        title: 'Legevakt',
        summary: '…',
        good: true,
        contact: { name: 'Legevakten', phone: '116 117', hours: openingHoursSchema.parse({ allDay: true }) },
      },
      {
        url: '/hjemmesykepleie/',
        title: 'Hjemmesykepleie',
        summary: '…',
        good: true,
        contact: { name: 'Hjemmetjenesten', phone: '61 00 00 00', hours: office, afterHours: { name: 'Legevakten', phone: '116 117' } },
      },
      { url: '/tannhelse/', title: 'Tannhelse', summary: '…', good: true, contact: { name: 'Tannklinikken', hours: office } },
    ];
    const lines = (instant: string) =>
      parse(outputHtml({ ...outcome, hits, when: ['night'] }, messages, new Date(instant)))
        .querySelectorAll('[data-open-status]')
        .map((line) => [line.getAttribute('data-open-status'), line.textContent]);
    // Tuesday 1 December 2026, 23:30 and 10:00 in Oslo (UTC+1).
    expect(lines('2026-12-01T23:30:00+01:00')).toEqual([
      ['open', 'Åpent hele døgnet – ring Legevakten på 116 117'],
      ['closed', 'Stengt nå – ring Legevakten på 116 117'],
      ['closed', 'Tannklinikken: stengt nå. Åpner onsdag kl. 08:00'],
    ]);
    expect(lines('2026-12-01T10:00:00+01:00').slice(1)).toEqual([
      ['open', 'Åpent nå, til kl. 15:00 – ring Hjemmetjenesten på 61 00 00 00'],
      ['open', 'Tannklinikken: åpent nå, til kl. 15:00'],
    ]);
  });
});
