import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { outputHtml, statusHtml } from '../../../src/core/search/render-output.ts';
import { searchMessages } from '../../../src/core/search/search-messages.ts';
import type { SearchOutcome } from '../../../src/core/search/search.ts';

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
});
