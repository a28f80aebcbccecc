import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMunicipality } from '../../src/lib/municipality.ts';
import { buildBookWithoutPdfs, type BuiltBook } from './support/built-book.ts';

/**
 * Builds the Levanger–Verdal book (content/books/levanger-verdal.json) with one own article for
 * Levanger, as `ownArticles` in Levanger's entry names it, and reads where it ended up: on
 * Levanger's article page (marked as Levanger's own), A–Å, life area, search indexes, sitemap and
 * print edition, and nowhere in Verdal's. The article is a test text written here, with no fact of
 * Levanger's in it but the address of its website from its config.
 */
const SLUG = 'proveside-levanger';
/** A word no national article has, to find the own article in a search index. */
const WORD = 'Solsikkeprøven';
const levanger = loadMunicipality('content/municipalities/levanger.json');
const ownArticle = `---
title: Prøveside bare for Levanger
summary: Dette er en prøveside som testen skriver. Den skal bare finnes i boka for Levanger.
area: bo-trygt-hjemme
aliases: [${WORD}, prøvesiden, testsiden]
related: [sykehjem]
sources:
  - title: ${levanger.name}
    url: ${levanger.website}
reviewed: 2026-12-01
contacts: [servicetorget]
---

## Hva er denne siden?

${WORD} er en side som bare testen skriver. Den viser at en kommune kan ha egne sider i boka.
`;

let work: string;
let built: BuiltBook | undefined;
let dist: string;
const file = (kommune: string, ...path: string[]) => join(dist, kommune, ...path);
const text = (kommune: string, ...path: string[]) => readFileSync(file(kommune, ...path), 'utf8');
const pagefindText = (kommune: string) =>
  readdirSync(file(kommune, 'pagefind', 'fragment'))
    .map((name) => gunzipSync(readFileSync(file(kommune, 'pagefind', 'fragment', name))).toString('utf8'))
    .join('\n');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'abc-own-articles-'));
  const ownDir = join(work, 'levanger-articles');
  mkdirSync(ownDir);
  writeFileSync(join(ownDir, `${SLUG}.mdx`), ownArticle);
  const book = JSON.parse(readFileSync('content/books/levanger-verdal.json', 'utf8')) as {
    kommuner: { id: string; ownArticles?: string }[];
  };
  book.kommuner.find((kommune) => kommune.id === 'levanger')!.ownArticles = ownDir;
  const bookFile = join(work, 'levanger-verdal.json');
  writeFileSync(bookFile, JSON.stringify(book, null, 2));
  built = buildBookWithoutPdfs(bookFile);
  dist = built.dist;
}, 900_000);

afterAll(() => {
  built?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('a kommune’s own article', () => {
  it('has a page in its own kommune, marked as that kommune’s own, and none in the other', () => {
    const page = parse(text('levanger', SLUG, 'index.html'));
    expect(page.querySelector('h1')?.textContent).toContain('Prøveside bare for Levanger');
    expect(page.querySelector('[data-own-article]')?.textContent.trim()).toBe('Gjelder bare Levanger kommune');
    expect(existsSync(file('verdal', SLUG, 'index.html'))).toBe(false);
    expect(parse(text('levanger', 'sykehjem', 'index.html')).querySelector('[data-own-article]')).toBeNull();
  });

  it('stands in its own kommune’s A–Å and life area, marked as its own, and in neither of the other’s', () => {
    const link = `a[href="/levanger/${SLUG}/"]`;
    for (const list of [text('levanger', 'bokstav', 'p', 'index.html'), text('levanger', 'omrade', 'bo-trygt-hjemme', 'index.html')]) {
      const item = parse(list).querySelector(link)?.parentNode;
      expect(item?.querySelector('[data-own-article]')?.textContent.trim()).toBe('Gjelder bare Levanger kommune');
    }
    expect(parse(text('levanger', 'bokstav', 'a', 'index.html')).querySelector('[data-own-article]')).toBeNull();
    const verdalLetter = file('verdal', 'bokstav', 'p', 'index.html');
    if (existsSync(verdalLetter)) expect(readFileSync(verdalLetter, 'utf8')).not.toContain(SLUG);
    expect(text('verdal', 'omrade', 'bo-trygt-hjemme', 'index.html')).not.toContain(SLUG);
  });

  it('is found by its own kommune’s search, Pagefind and the word index alike, and not by the other’s', () => {
    expect(pagefindText('levanger')).toContain(`"url":"/${SLUG}/"`);
    expect(pagefindText('levanger')).toContain(WORD);
    expect(pagefindText('verdal')).not.toContain(SLUG);
    expect(pagefindText('verdal')).not.toContain(WORD);
    expect(text('levanger', 'search-index.json')).toContain(SLUG);
    expect(text('verdal', 'search-index.json')).not.toContain(SLUG);
  });

  it('is no choice for the national text on the editors’ page, which no other kommune’s book could follow', () => {
    const context = parse(text('levanger', 'redaksjon', 'index.html'))
      .querySelector('[data-articles-section]')
      ?.getAttribute('data-context');
    const book = (JSON.parse(context!) as { book: { slug: string }[] }).book.map((entry) => entry.slug);
    expect(book).toContain('sykehjem');
    expect(book).not.toContain(SLUG);
  });

  it('is in its own kommune’s sitemap and print edition, and not in the other’s', () => {
    expect(text('levanger', 'sitemap.xml')).toContain(`<loc>https://abc.levanger.kommune.no/levanger/${SLUG}/</loc>`);
    expect(text('verdal', 'sitemap.xml')).not.toContain(SLUG);
    const print = parse(text('levanger', 'trykk', 'boka', 'index.html'));
    expect(print.querySelector(`#${SLUG} [data-own-article]`)?.textContent.trim()).toBe('Gjelder bare Levanger kommune');
    expect(text('verdal', 'trykk', 'boka', 'index.html')).not.toContain(SLUG);
  });
});
