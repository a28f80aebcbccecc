import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { renderPageAsImage } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOOKLET_DIR, EDITIONS } from '../../src/core/booklet/edition.ts';
import { AREAS_KEY, letterKey } from '../../src/core/booklet/page-refs.ts';
import { PAGE_MM, tabPlacements } from '../../src/core/booklet/tabs.ts';
import { ALPHABET, letterSlug, type Letter } from '../../src/core/letters.ts';
import { buildThumbIndex } from '../../src/core/thumb-index.ts';
import { manifestOf, pageText, readPdf, type ReadPdf } from './support/pdf.ts';

/**
 * The printed book as `npm run build` wrote it into dist/ (built once by `npm test`, read here):
 * what a reader finds on paper, checked in the PDF's own text and positions.
 */
const DIST = 'dist';
const PT_PER_MM = 72 / 25.4;
const articles = JSON.parse(readFileSync('functions/generated/articles.json', 'utf8')) as Record<
  string,
  { title: string; aliases: string[] }
>;
const siteUrl = JSON.parse(readFileSync('content/municipality.json', 'utf8')).siteUrl as string;
const fileOf = (id: (typeof EDITIONS)[number]['id']) => join(DIST, BOOKLET_DIR, EDITIONS.find((edition) => edition.id === id)?.file ?? '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let book: ReadPdf;
let short: ReadPdf;

beforeAll(async () => {
  book = await readPdf(fileOf('full'));
  short = await readPdf(fileOf('short'));
}, 120_000);

describe('the whole book in print', () => {
  it('links only to the kommune’s site, official pages, phone numbers and e-mail, never the print server’s placeholder host', async () => {
    for (const printed of [book, short]) {
      const urls: string[] = [];
      for (let number = 1; number <= printed.document.numPages; number += 1) {
        const annotations = (await (await printed.document.getPage(number)).getAnnotations()) as { url?: string }[];
        urls.push(...annotations.flatMap((annotation) => (annotation.url ? [annotation.url] : [])));
      }
      expect(urls.filter((url) => !/^(https:\/\/|mailto:|tel:)/.test(url))).toEqual([]);
      expect(urls.filter((url) => new URL(url).hostname.endsWith('.invalid'))).toEqual([]);
    }
    // The book's own links to the site's pages (the suggestion form, the planning tools) use the kommune's address.
    const own = (
      await Promise.all(
        Array.from({ length: book.document.numPages }, async (_, index) =>
          ((await (await book.document.getPage(index + 1)).getAnnotations()) as { url?: string }[]).map(
            (annotation) => annotation.url ?? '',
          ),
        ),
      )
    )
      .flat()
      .filter((url) => url.startsWith(new URL('/', siteUrl).href));
    expect(own).toContain(new URL('/foresla/', siteUrl).href);
  });

  it('has every article, starting on the page the table of contents gives', () => {
    const firstLetterPage = Math.min(...ALPHABET.map((letter) => book.pageOf.get(letterKey(letterSlug(letter))) ?? Infinity));
    const contents = Array.from({ length: firstLetterPage - 3 }, (_, index) => pageText(book, index + 3)).join(' ');
    for (const [slug, { title }] of Object.entries(articles)) {
      const page = book.pageOf.get(slug);
      expect(page, slug).toBeGreaterThan(0);
      expect(pageText(book, page ?? 0), `${title} on page ${page}`).toContain(title);
      expect(contents, `${title} in the table of contents`).toMatch(new RegExp(`${escape(title)} ${page}\\b`));
    }
  });

  it('prints every cross-reference in the alphabet with the page its article starts on', () => {
    const text = book.pages.map((_, index) => pageText(book, index + 1)).join(' ');
    const index = buildThumbIndex(Object.entries(articles).map(([slug, article]) => ({ slug, ...article })));
    const crossRefs = [...index.values()].flat().filter((entry) => entry.seeAlso);
    expect(crossRefs.length).toBeGreaterThan(100);
    for (const entry of crossRefs) {
      const match = new RegExp(`${escape(entry.label)} – se ${escape(entry.title)}, side (\\d+)`).exec(text);
      expect(match, entry.label).not.toBeNull();
      const page = Number(match?.[1]);
      expect(page, `${entry.label} → ${entry.title}`).toBe(book.pageOf.get(entry.slug));
      expect(pageText(book, page)).toContain(entry.title);
    }
  });

  it('carries the letter’s thumb tab at the letter’s height on the outer edge of every page from A to Å', () => {
    const letters = ALPHABET.filter((letter) => book.pageOf.has(letterKey(letterSlug(letter))));
    const tabs = new Map(tabPlacements(letters).map((tab) => [tab.letter, tab]));
    const pageWidth = PAGE_MM.width * PT_PER_MM;
    const tabWidth = PAGE_MM.tabWidth * PT_PER_MM;
    const end = book.pageOf.get(AREAS_KEY) ?? 0;
    let current: Letter | undefined;
    const first = book.pageOf.get(letterKey(letterSlug(letters[0] as Letter))) ?? 0;
    for (let page = first; page < end; page += 1) {
      current = letters.findLast((letter) => (book.pageOf.get(letterKey(letterSlug(letter))) ?? Infinity) <= page) ?? current;
      const tab = tabs.get(current as Letter);
      const onRight = page % 2 === 1;
      const inTab = (book.pages[page - 1] ?? []).filter((item) => (onRight ? item.x > pageWidth - tabWidth : item.x < tabWidth));
      expect(
        inTab.map((item) => item.text),
        `page ${page}`,
      ).toEqual([current]);
      const fromTopMm = PAGE_MM.height - (inTab[0]?.y ?? 0) / PT_PER_MM;
      expect(fromTopMm, `tab height on page ${page}`).toBeGreaterThan(tab?.topMm ?? 0);
      expect(fromTopMm, `tab height on page ${page}`).toBeLessThan((tab?.topMm ?? 0) + (tab?.heightMm ?? 0));
    }
    expect(end - first).toBeGreaterThan(Object.keys(articles).length);
  });

  it('is a tagged PDF in Norwegian with a title and bookmarks per letter and article', async () => {
    const { info } = (await book.document.getMetadata()) as { info: { Language?: string; Title?: string } };
    expect(info.Language).toBe('nb');
    expect(info.Title).toBe('Alderdommens ABC – Jevnaker kommune');
    expect((await book.document.getMarkInfo())?.Marked).toBe(true);
    const outline = (await book.document.getOutline()) ?? [];
    const titles = outline.flatMap((entry) => [entry.title, ...entry.items.map((item) => item.title)]);
    for (const { title } of Object.values(articles)) expect(titles).toContain(title);
    const letters = ALPHABET.filter((letter) => book.pageOf.has(letterKey(letterSlug(letter))));
    expect(outline.map((entry) => entry.title)).toEqual(expect.arrayContaining(letters));
    expect(outline.find((entry) => entry.title === 'S')?.items.map((item) => item.title)).toContain('Sykehjem (langtidsopphold)');
  });

  it('has large print: the body text is 14 pt, 18 pt in the large-print edition', async () => {
    /** The size most of the text on an article's second page is set in. */
    const bodySize = async (path: string) => {
      const pdf = path === fileOf('full') ? book : await readPdf(path);
      const page = (pdf.pageOf.get('sykehjem') ?? 1) + 1;
      const content = await (await pdf.document.getPage(page)).getTextContent();
      const counts = new Map<number, number>();
      for (const item of content.items) {
        if ('str' in item)
          counts.set(
            Math.round(Math.abs(item.transform[3] as number)),
            (counts.get(Math.round(Math.abs(item.transform[3] as number))) ?? 0) + item.str.length,
          );
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    };
    expect(await bodySize(fileOf('full'))).toBe(14);
    expect(await bodySize(fileOf('large'))).toBe(18);
  });

  it('comes in a print-shop edition with 3 mm bleed around the trimmed A4 page and room for crop marks', async () => {
    const printShop = await PDFDocument.load(readFileSync(fileOf('printShop')), { updateMetadata: false });
    expect(printShop.getPageCount()).toBe(book.document.numPages);
    const page = printShop.getPage(10);
    const trim = page.getTrimBox();
    const bleed = page.getBleedBox();
    const media = page.getMediaBox();
    expect(trim.width / PT_PER_MM).toBeCloseTo(PAGE_MM.width, 0);
    expect(trim.height / PT_PER_MM).toBeCloseTo(PAGE_MM.height, 0);
    expect((trim.x - bleed.x) / PT_PER_MM).toBeCloseTo(3, 1);
    expect((bleed.width - trim.width) / PT_PER_MM).toBeCloseTo(6, 1);
    expect(media.width).toBeGreaterThan(bleed.width);
  });

  it('links every edition from the front page and the footer with size and edition date', () => {
    const manifest = manifestOf(DIST);
    expect(manifest.files.map((file) => file.id)).toEqual(EDITIONS.map((edition) => edition.id));
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    const article = readFileSync(join(DIST, 'sykehjem', 'index.html'), 'utf8');
    for (const file of manifest.files) expect(home).toContain(`href="/${BOOKLET_DIR}/${file.file}"`);
    expect(article).toMatch(/Last ned boka som PDF \(\d+(,\d)? [kM]B, utgave \d+\. \w+ \d{4}\)/);
  });
});

describe('QR codes', () => {
  /** Decodes the QR code above each printed short address on a page. */
  async function decodeQrCodes(pdf: ReadPdf, page: number): Promise<(string | undefined)[]> {
    const scale = 2;
    const pxPerMm = PT_PER_MM * scale;
    // The address may wrap, so its first line is looked for by the start of the host name.
    const addresses = (pdf.pages[page - 1] ?? []).filter((item) => item.text.startsWith(new URL(siteUrl).host.slice(0, 12)));
    if (addresses.length === 0) return [];
    const image = await loadImage(
      Buffer.from(await renderPageAsImage(pdf.bytes.slice(), page, { canvasImport: () => import('@napi-rs/canvas'), scale })),
    );
    return addresses.map((item) => {
      // The code stands centred above the address: search the 48 mm above its line, across the QR column.
      const leftMm = Math.max(0, item.x / PT_PER_MM - 25);
      const bottomMm = PAGE_MM.height - item.y / PT_PER_MM;
      const [width, height] = [Math.round(90 * pxPerMm), Math.round(48 * pxPerMm)];
      const canvas = createCanvas(width, height);
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      context.drawImage(image, leftMm * pxPerMm, (bottomMm - 48) * pxPerMm, width, height, 0, 0, width, height);
      const pixels = context.getImageData(0, 0, width, height);
      return jsQR(new Uint8ClampedArray(pixels.data), width, height)?.data;
    });
  }

  it('lead from every topic in the short edition to its article, with the address printed under the code', async () => {
    const decoded = new Set<string | undefined>();
    for (let page = 1; page <= short.document.numPages; page += 1) {
      for (const url of await decodeQrCodes(short, page)) decoded.add(url);
    }
    expect(decoded).not.toContain(undefined);
    // Where the address wraps, the extracted text has a break in it: compared without spaces.
    const text = short.pages
      .map((_, index) => pageText(short, index + 1))
      .join('')
      .replace(/\s/g, '');
    for (const slug of Object.keys(articles)) {
      expect(decoded, slug).toContain(new URL(`/${slug}/`, siteUrl).href);
      expect(text).toContain(`${new URL(siteUrl).host}/${slug}`);
    }
  }, 120_000);

  it('lead from the articles in the whole book to their pages on the web', async () => {
    for (const slug of ['sykehjem', 'trygghetsalarm']) {
      const start = book.pageOf.get(slug) ?? 0;
      let decoded: string | undefined;
      for (let page = start; page < start + 8 && !decoded; page += 1) {
        decoded = (await decodeQrCodes(book, page)).find((url) => url?.endsWith(`/${slug}/`));
      }
      expect(decoded).toBe(new URL(`/${slug}/`, siteUrl).href);
    }
  }, 60_000);

  it('names whose hours it prints: no borrowed «Åpent» lines, the switchboard’s hours as the switchboard’s', () => {
    const text = short.pages
      .map((_, index) => pageText(short, index + 1))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).not.toMatch(/Åpent: mandag–fredag 10:00–14:00/);
    expect(text).toContain(
      'Ring Helse og omsorg i Jevnaker, 61 31 59 00, og spør etter Jevnaker omsorgs- og rehabiliteringssenter (JORS).',
    );
    expect(text).toContain(
      'Ring sentralbordet, 61 31 57 00, og spør etter Hjemmetjenesten i Jevnaker. Åpningstid for sentralbordet: kl. 10–14.',
    );
    expect(text).not.toMatch(/Stemmer ikke dette/);
    const whole = book.pages.map((_, index) => pageText(book, index + 1)).join(' ');
    expect(whole).not.toMatch(/Stemmer ikke dette|Stengt nå|Åpent nå/);
  });
});
