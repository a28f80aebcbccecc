import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { ownSlugProblems } from '../../../src/core/books/own-articles.ts';
import { parseBook } from '../../../src/core/books/parse-book.ts';
import { RESERVED_SLUGS } from '../../../src/core/paths.ts';
import { safeArticlesLoader } from '../../../src/lib/safe-articles-loader.ts';

const kommune = (id: string, extra: object = {}) => ({
  id,
  config: `content/municipalities/${id}.json`,
  address: { prefix: `/${id}/` },
  ...extra,
});
const book = (kommuner: object[]) => JSON.stringify({ siteUrl: 'https://abc.example.no', kommuner });
const taken = { national: new Set(['sykehjem', 'hjemmesykepleie']), reserved: RESERVED_SLUGS, retired: new Set(['eldresenter']) };

describe('a kommune’s own articles in the book config', () => {
  it('names a folder of its own for a kommune', () => {
    const parsed = parseBook(book([kommune('levanger', { ownArticles: 'content/local/levanger/articles' }), kommune('verdal')]), 'b.json');
    expect(parsed.kommuner.map((entry) => entry.ownArticles)).toEqual(['content/local/levanger/articles', undefined]);
  });

  it('refuses a file where a folder belongs, in Norwegian and naming the field', () => {
    expect(() => parseBook(book([kommune('levanger', { ownArticles: 'content/local/levanger/parts.json' })]), 'b.json')).toThrow(
      /kommuner\.0\.ownArticles: Skriv stien til mappen med kommunens egne artikler/,
    );
  });

  it('refuses one folder for two kommuner, which would show its articles on both', () => {
    const text = book([
      kommune('levanger', { ownArticles: 'content/local/felles' }),
      kommune('verdal', { ownArticles: './content/local/felles/' }),
    ]);
    expect(() => parseBook(text, 'b.json')).toThrow(/kommuner\.1\.ownArticles: Brukt allerede av kommune nummer 1/);
  });
});

describe('an own article’s slug', () => {
  it('is free when no national article, page of the site, retired article or other own article has it', () => {
    expect(ownSlugProblems(['content/local/levanger/articles/frivilligsentralen.mdx'], taken)).toEqual([]);
  });

  it('may not be a national article’s, a page’s of the site or a retired article’s, and the message names the file', () => {
    const problems = ownSlugProblems(['own/sykehjem.mdx', 'own/kontakt.mdx', 'own/eldresenter.mdx', 'own/frivilligsentralen.mdx'], taken);
    expect(problems).toEqual([
      'own/sykehjem.mdx: Adressen /sykehjem/ er allerede en nasjonal artikkel. Gi kommunens egen artikkel et annet filnavn.',
      'own/kontakt.mdx: Adressen /kontakt/ er en side i boka. Gi kommunens egen artikkel et annet filnavn.',
      'own/eldresenter.mdx: Adressen /eldresenter/ sender leseren videre til en annen artikkel. Gi kommunens egen artikkel et annet filnavn.',
    ]);
  });

  it('may not be another own article’s', () => {
    expect(ownSlugProblems(['a/frivilligsentralen.mdx', 'b/frivilligsentralen.mdx'], taken)).toEqual([
      'b/frivilligsentralen.mdx: Adressen /frivilligsentralen/ er allerede kommunens egen artikkel i a/frivilligsentralen.mdx.',
    ]);
  });
});

describe('the build of a kommune with own articles', () => {
  const work = mkdtempSync(join(tmpdir(), 'abc-own-slugs-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const load = (own: { dir: string; retired: ReadonlySet<string> }) => {
    const context = {
      store: { clear: () => undefined, set: () => true },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: () => 'digest',
      logger: { warn: () => undefined, error: () => undefined },
    } as unknown as LoaderContext;
    return safeArticlesLoader(join(work, 'national'), undefined, own).load(context);
  };

  it('stops before anything is built, naming the own article whose slug a national article has', async () => {
    mkdirSync(join(work, 'national'));
    mkdirSync(join(work, 'own'));
    writeFileSync(join(work, 'national', 'sykehjem.mdx'), '---\ntitle: Sykehjem\n---\n');
    writeFileSync(join(work, 'own', 'sykehjem.mdx'), '---\ntitle: Sykehjem i kommunen\n---\n');
    await expect(load({ dir: join(work, 'own'), retired: new Set() })).rejects.toThrow(
      `${join(work, 'own', 'sykehjem.mdx')}: Adressen /sykehjem/ er allerede en nasjonal artikkel`,
    );
  });

  it('stops naming the folder when the book names one that is not there', async () => {
    await expect(load({ dir: join(work, 'missing'), retired: new Set() })).rejects.toThrow(
      `${join(work, 'missing')}: Fant ikke mappen med kommunens egne artikler.`,
    );
  });
});
