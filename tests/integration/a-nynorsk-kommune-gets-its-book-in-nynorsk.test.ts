import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherStandardForms } from '../../src/core/written-standard.ts';
import { createBookSearch } from '../../src/core/search/search.ts';
import type { SearchDocument } from '../../src/core/search/search-document.ts';

/**
 * Builds the book for the example nynorsk kommune (Voss herad, `"language": "nn"`) and reads every
 * page a reader or an editor gets: each says `lang="nn"`, and none shows a bokmål-only form. Text
 * that quotes another site – a source's own title on a link that leaves the site – is its name, not
 * ours, and addresses keep their slugs (`/sykehjem/`) in every language.
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

const searchDocuments = () =>
  (JSON.parse(readFileSync(join(vossDist, 'search-index.json'), 'utf8')) as { documents: SearchDocument[] }).documents;

describe('a kommune that writes nynorsk', () => {
  beforeAll(() => {
    if (!existsSync(join(jevnakerDist, 'index.html'))) throw new Error('Bygg nettstedet først: npm run build');
    vossDist = mkdtempSync(join(tmpdir(), 'abc-voss-'));
    const env = { ...process.env, MUNICIPALITY_CONFIG: VOSS, ASTRO_OUT_DIR: vossDist };
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, stdio: 'inherit' });
    execFileSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', vossDist, '--silent'], { env, stdio: 'inherit' });
  }, 400_000);

  afterAll(() => {
    if (vossDist) rmSync(vossDist, { recursive: true, force: true });
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
