import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBook } from '../../../src/core/books/parse-book.ts';
import { frontPageKey, rootAssets, writeRootUpload } from '../../../tools/build/book-root-upload.ts';

const work = mkdtempSync(join(tmpdir(), 'abc-book-root-upload-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const prefixFirst = parseBook(readFileSync('content/books/levanger-verdal.json', 'utf8'), 'levanger-verdal.json');
const hostFirst = parseBook(
  JSON.stringify({
    siteUrl: 'https://abc.example.no',
    kommuner: [
      { id: 'halden', config: 'content/municipalities/halden.json', address: { host: 'abc.halden.example.no' } },
      { id: 'jevnaker', config: 'content/municipality.json', address: { prefix: '/jevnaker/' } },
    ],
  }),
  'host-first.json',
);
const front = (base: string) =>
  `<head><link rel="stylesheet" href="${base}_astro/base.D_fPpR5N.css"><link rel="icon" href="${base}favicon.svg" type="image/svg+xml"></head>`;

describe('the book’s root page as the last step of a whole-book publication in AWS writes it', () => {
  it('takes its look from the served front page of the book’s first kommune, under a prefix or on a host of its own', () => {
    expect(frontPageKey(prefixFirst)).toBe('levanger/index.html');
    expect(frontPageKey(hostFirst)).toBe('_hosts/abc.halden.example.no/index.html');
  });

  it('links copies of that kommune’s stylesheet and icon at the bucket’s root, which no kommune’s build deletes', () => {
    expect(rootAssets(prefixFirst, front('/levanger/'))).toEqual({
      links: ['<link rel="stylesheet" href="/_astro/base.D_fPpR5N.css">', '<link rel="icon" href="/favicon.svg" type="image/svg+xml">'],
      copies: [
        { from: 'levanger/_astro/base.D_fPpR5N.css', to: '_astro/base.D_fPpR5N.css' },
        { from: 'levanger/favicon.svg', to: 'favicon.svg' },
      ],
    });
    expect(rootAssets(hostFirst, front('/')).copies).toEqual([
      { from: '_hosts/abc.halden.example.no/_astro/base.D_fPpR5N.css', to: '_astro/base.D_fPpR5N.css' },
      { from: '_hosts/abc.halden.example.no/favicon.svg', to: 'favicon.svg' },
    ]);
  });

  it('refuses to copy anything else to the root, naming the link', () => {
    expect(() => rootAssets(prefixFirst, '<link rel="stylesheet" href="https://cdn.example.com/x.css">')).toThrow(/cdn\.example\.com/);
    expect(() => rootAssets(prefixFirst, '<link rel="stylesheet" href="/levanger/redaksjon/config.json">')).toThrow(/rotsida/);
  });

  it('writes the choice of kommune, its 404 and robots.txt, the copies to make and what to invalidate', async () => {
    await writeRootUpload(prefixFirst, front('/levanger/'), work);
    const page = parse(readFileSync(join(work, 'site', 'index.html'), 'utf8'));
    expect(page.querySelectorAll('[data-book-root] a').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Levanger kommune', '/levanger/'],
      ['Verdal kommune', '/verdal/'],
    ]);
    expect(page.querySelector('link[rel=stylesheet]')?.getAttribute('href')).toBe('/_astro/base.D_fPpR5N.css');
    expect(readFileSync(join(work, 'site', '404.html'), 'utf8')).toContain('noindex');
    expect(readFileSync(join(work, 'site', 'robots.txt'), 'utf8')).toContain('Sitemap: https://abc.levanger.kommune.no/verdal/sitemap.xml');
    expect(readFileSync(join(work, 'copies.txt'), 'utf8')).toBe(
      'levanger/_astro/base.D_fPpR5N.css _astro/base.D_fPpR5N.css\nlevanger/favicon.svg favicon.svg\n',
    );
    expect(readFileSync(join(work, 'invalidate.txt'), 'utf8')).toBe(
      '/ /index.html /404.html /robots.txt /_astro/base.D_fPpR5N.css /favicon.svg\n',
    );
  });
});
