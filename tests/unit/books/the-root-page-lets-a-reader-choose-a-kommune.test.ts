import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { rootPage, rootRobots } from '../../../tools/build/book-root.ts';

const kommuner = [
  { name: 'Levanger kommune', href: '/levanger/' },
  { name: 'Verdal kommune', href: '/verdal/' },
];

describe('the book’s root page', () => {
  it('lists every kommune as a plain link, with no script', () => {
    const page = parse(rootPage(kommuner, ['<link rel="stylesheet" href="/levanger/_astro/a.css">']));
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('nb');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelector('h1')?.textContent).toBe('Velg kommune');
    expect(page.querySelectorAll('[data-book-root] a').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Levanger kommune', '/levanger/'],
      ['Verdal kommune', '/verdal/'],
    ]);
    expect(page.querySelector('link[rel=stylesheet]')?.getAttribute('href')).toBe('/levanger/_astro/a.css');
  });

  it('says when an address is not found, and keeps that page out of search engines', () => {
    const page = parse(rootPage(kommuner, [], { notFound: true }));
    expect(page.querySelector('h1')?.textContent).toBe('Fant ikke siden');
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(page.querySelectorAll('a')).toHaveLength(2);
  });

  it('names each kommune’s sitemap in robots.txt', () => {
    expect(rootRobots('https://abc.example.no', ['/levanger/', '/verdal/'])).toBe(
      [
        'User-agent: *',
        'Disallow: /api/',
        'Disallow: /levanger/redaksjon/',
        'Disallow: /verdal/redaksjon/',
        'Sitemap: https://abc.example.no/levanger/sitemap.xml',
        'Sitemap: https://abc.example.no/verdal/sitemap.xml',
        '',
      ].join('\n'),
    );
  });
});
