import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherStandardForms } from '../../src/core/written-standard.ts';
import { createBookSearch } from '../../src/core/search/search.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';
import { serverDirFor } from '../../src/core/rendered-pages.ts';
import { BOOKLET_DIR, BOOKLET_MANIFEST, type BookletManifest } from '../../src/core/booklet/edition.ts';

/**
 * Builds the book for the example nynorsk kommune (Voss herad, `"language": "nn"`) and reads every
 * page a reader or an editor gets: each says `lang="nn"`, and none shows a bokmål-only form. Text
 * that quotes another site – a source's own title on a link that leaves the site – is its name, not
 * ours, and addresses keep their slugs (`/sykehjem/`) in every language. The build prints the book's
 * PDFs as `npm run build` does, and their text is read back as a reader of the paper gets it.
 */
const VOSS = 'content/municipalities/voss.json';
const jevnakerDist = 'dist';
let vossDist: string;

const pages = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();

/** What a person reads on a page: its text and the words of labels, titles, alternatives and its description. */
function readableText(html: string): string {
  const root = parse(html);
  for (const element of root.querySelectorAll('script, style, a[href^="http"]')) element.remove();
  const attributes = root
    .querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[name="description"]')
    .flatMap((element) => ['aria-label', 'title', 'alt', 'placeholder', 'content'].map((name) => element.getAttribute(name) ?? ''));
  const text = [root.querySelector('title')?.textContent ?? '', root.querySelector('body')?.textContent ?? '', ...attributes].join('\n');
  return text.replace(/\S*\/\S*/g, ' ');
}

/**
 * What a reader of a printed page reads, page by page: its text as `unpdf` (pdf.js) extracts it,
 * without the lines of links to other sites (a source's own title, as on the web pages) and
 * without addresses (the one under a QR code wraps at its hyphens).
 */
async function printedText(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(bytes);
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const outward = (await page.getAnnotations())
      .filter((annotation) => annotation.subtype === 'Link' && /^https?:/.test(String(annotation.url ?? '')))
      .map((annotation) => annotation.rect as [number, number, number, number]);
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
    const read = items.filter((item) => {
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      return !outward.some(([left, bottom, right, top]) => x >= left - 1 && x <= right && y >= bottom - 1 && y <= top);
    });
    // A line that ends in a hyphen goes on on the next (an address wrapped at its slug's hyphen).
    const text = read.map((item) => `${item.str}${item.hasEOL ? '\n' : ' '}`).join('');
    pages.push(text.replace(/-\n/g, '-').replace(/\S*\/\S*/g, ' '));
  }
  return pages;
}

const searchDocuments = () =>
  (JSON.parse(readFileSync(join(vossDist, 'search-index.json'), 'utf8')) as { documents: SearchDocument[] }).documents;

describe('a kommune that writes nynorsk', () => {
  beforeAll(() => {
    if (!existsSync(join(jevnakerDist, 'index.html'))) throw new Error('Bygg nettstedet først: npm run build');
    vossDist = mkdtempSync(join(tmpdir(), 'abc-voss-'));
    const env = { ...process.env, MUNICIPALITY_CONFIG: VOSS, ASTRO_OUT_DIR: vossDist };
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, stdio: 'inherit' });
    // The PDFs as `build:kommune` prints them, between the pages and the index; BOOKLET=required fails without Chromium.
    execFileSync(process.execPath, ['tools/booklet/write-booklet.ts'], { env: { ...env, BOOKLET: 'required' }, stdio: 'inherit' });
    execFileSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', vossDist, '--silent'], { env, stdio: 'inherit' });
  }, 900_000);

  afterAll(() => {
    // The build's server renderer goes beside its folder.
    if (vossDist) for (const dir of [vossDist, serverDirFor(vossDist)]) rmSync(dir, { recursive: true, force: true });
  });

  // The letter pages follow the nynorsk titles and aliases, the facts desk's pages the kommune's own services.
  it('gets every article and site page the bokmål book has', () => {
    const shared = (dir: string) => pages(dir).filter((page) => !/^(pagefind|bokstav|redaksjon\/fakta)\//.test(page));
    expect(shared(vossDist)).toEqual(shared(jevnakerDist));
  });

  it('says lang="nn" on every page', () => {
    const others = pages(vossDist).filter((page) => !readFileSync(join(vossDist, page), 'utf8').includes('<html lang="nn"'));
    expect(others).toEqual([]);
  });

  it('shows no bokmål-only form on any page, the editors’ included', () => {
    const found = pages(vossDist).flatMap((page) => {
      const forms = otherStandardForms(readableText(readFileSync(join(vossDist, page), 'utf8')), 'nn');
      return forms.length > 0 ? [`${page}: ${forms.join(', ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('prints every edition as a PDF in nynorsk, with no bokmål-only form in its text (other sites’ titles aside)', async () => {
    const manifest = JSON.parse(readFileSync(join(vossDist, BOOKLET_DIR, BOOKLET_MANIFEST), 'utf8')) as BookletManifest;
    expect(manifest.files.map((file) => file.id).sort()).toEqual(['full', 'large', 'largeShort', 'printShop', 'short']);
    const found: string[] = [];
    const languages: Record<string, string | undefined> = {};
    for (const { file } of manifest.files) {
      const bytes = new Uint8Array(readFileSync(join(vossDist, BOOKLET_DIR, file)));
      const lang = (await PDFDocument.load(bytes, { updateMetadata: false })).catalog.get(PDFName.of('Lang'));
      languages[file] = lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
      (await printedText(bytes)).forEach((page, index) => {
        const forms = otherStandardForms(page, 'nn');
        if (forms.length > 0) found.push(`${file} s. ${index + 1}: ${forms.join(', ')}`);
      });
    }
    expect(languages).toEqual(Object.fromEntries(manifest.files.map(({ file }) => [file, 'nn'])));
    expect(found).toEqual([]);
    // Five editions, over a thousand pages read one by one: seconds alone, minutes on a shared machine.
  }, 600_000);

  it('indexes the search in nynorsk', () => {
    const entry = JSON.parse(readFileSync(join(vossDist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: object };
    expect(Object.keys(entry.languages)).toEqual(['nn']);
  });

  // Many readers search in the other standard: bokmål words find the nynorsk pages too.
  it.each([
    ['gamleheim', 'sykehjem'],
    ['sjukeheim', 'sykehjem'],
    ['gamlehjem', 'sykehjem'],
    ['heimehjelp', 'hjemmehjelp'],
    ['hjemmehjelp', 'hjemmehjelp'],
    ['tryggleiksalarm', 'trygghetsalarm'],
    ['framtidsfullmakt', 'fremtidsfullmakt'],
    ['einsemd', 'ensomhet'],
    ['korleis søkjer eg heimesjukepleie', 'hjemmesykepleie'],
  ])('finds the page for «%s» first', async (query, slug) => {
    const { search } = createBookSearch(searchDocuments());
    expect((await search(query)).hits[0]?.url).toBe(`/${slug}/`);
  });

  it.each(['kva kostar sjukeheim', 'hva koster sykehjem'])('takes «%s» straight to the price section', async (query) => {
    const { search } = createBookSearch(searchDocuments());
    expect((await search(query)).hits[0]?.section).toEqual({ label: 'Kva kostar det?', url: '/sykehjem/#kva-kostar-det' });
  });

  it('puts the safety page first for a danger said in nynorsk', async () => {
    const { search } = createBookSearch(searchDocuments());
    const outcome = await search('far har datt og kjem seg ikkje opp');
    expect(outcome.danger).toContain('emergency');
    expect(outcome.hits[0]?.url).toBe('/nar-det-haster/');
  });

  it('shows the kommune’s own facts from its config', () => {
    const contact = readFileSync(join(vossDist, 'kontakt/index.html'), 'utf8');
    for (const fact of ['Voss herad', 'postmottak@voss.herad.no', 'Uttrågata 9']) expect(contact).toContain(fact);
    expect(relative(vossDist, join(vossDist, 'om/index.html'))).toBe('om/index.html');
    expect(readableText(readFileSync(join(vossDist, 'om/index.html'), 'utf8'))).toContain('Laga saman med innbyggjarane');
  });
});
