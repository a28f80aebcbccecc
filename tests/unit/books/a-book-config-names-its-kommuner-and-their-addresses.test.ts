import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kommuneHref, kommuneOf, kommuneSite, withSharedServices } from '../../../src/core/books/addresses.ts';
import { parseBook } from '../../../src/core/books/parse-book.ts';
import { bookLayout } from '../../../src/core/books/book-layout.ts';

const kommune = (id: string, address: object) => ({ id, config: `content/municipalities/${id}.json`, address });
const book = (kommuner: object[]) => JSON.stringify({ siteUrl: 'https://abc.example.no', kommuner });

describe('a book config', () => {
  it('reads the example books', () => {
    for (const file of ['content/books/levanger-verdal.json', 'tests/fixtures/books/jevnaker-halden.json']) {
      const parsed = parseBook(readFileSync(file, 'utf8'), file);
      expect(parsed.kommuner.length).toBe(2);
    }
    const levangerVerdal = parseBook(readFileSync('content/books/levanger-verdal.json', 'utf8'), 'levanger-verdal.json');
    expect(levangerVerdal.kommuner.map((entry) => entry.address)).toEqual([{ prefix: '/levanger/' }, { prefix: '/verdal/' }]);
  });

  it('gives a kommune under a prefix the book’s address and its prefix as base, and one on its own host that host', () => {
    const parsed = parseBook(book([kommune('levanger', { prefix: '/levanger/' }), kommune('verdal', { host: 'abc.verdal.no' })]), 'b.json');
    expect(kommuneSite(parsed, kommuneOf(parsed, 'levanger'))).toEqual({ base: '/levanger/', siteUrl: 'https://abc.example.no' });
    expect(kommuneSite(parsed, kommuneOf(parsed, 'verdal'))).toEqual({ base: '/', siteUrl: 'https://abc.verdal.no' });
    expect(kommuneHref(kommuneOf(parsed, 'levanger'))).toBe('/levanger/');
    expect(kommuneHref(kommuneOf(parsed, 'verdal'))).toBe('https://abc.verdal.no/');
    expect(() => kommuneOf(parsed, 'halden')).toThrow(/levanger, verdal/);
  });

  it('builds each kommune into its own folder, with its server renderer apart from the uploaded site', () => {
    const parsed = parseBook(book([kommune('levanger', { prefix: '/levanger/' }), kommune('verdal', { host: 'abc.verdal.no' })]), 'b.json');
    const layout = bookLayout(parsed, '/out/dist');
    expect(layout.kommuner.map(({ outDir, serverDir, base }) => ({ outDir, serverDir, base }))).toEqual([
      { outDir: '/out/dist/levanger', serverDir: '/out/dist-server/levanger', base: '/levanger/' },
      { outDir: '/out/dist-hosts/abc.verdal.no', serverDir: '/out/dist-server/verdal', base: '/' },
    ]);
  });

  it('refuses the same id or address twice, a prefix the site uses itself, and a prefix that is not one segment', () => {
    expect(() => parseBook(book([kommune('a', { prefix: '/a/' }), kommune('a', { prefix: '/b/' })]), 'b.json')).toThrow(/kommuner\.1\.id/);
    expect(() => parseBook(book([kommune('a', { prefix: '/a/' }), kommune('b', { prefix: '/a/' })]), 'b.json')).toThrow(
      /kommuner\.1\.address/,
    );
    expect(() => parseBook(book([kommune('a', { prefix: '/api/' })]), 'b.json')).toThrow(/adresse nettstedet bruker selv/);
    expect(() => parseBook(book([kommune('a', { prefix: '/a/b/' })]), 'b.json')).toThrow(/b\.json/);
    expect(() => parseBook(book([kommune('a', { host: 'https://a.no' })]), 'b.json')).toThrow(/vertsnavnet/);
    expect(() => parseBook(book([]), 'b.json')).toThrow(/minst én kommune/);
  });

  it('defines a shared service once and lays it in under the id each kommune that uses it gives it', () => {
    const legevakt = { name: 'Interkommunal legevakt', description: 'Legevakten begge kommunene bruker om natten.' };
    const text = JSON.stringify({
      siteUrl: 'https://abc.example.no',
      sharedServices: { 'felles-legevakt': legevakt },
      kommuner: [
        { ...kommune('levanger', { prefix: '/levanger/' }), sharedServices: { legevakt: 'felles-legevakt' } },
        kommune('verdal', { prefix: '/verdal/' }),
      ],
    });
    const parsed = parseBook(text, 'b.json');
    const own = { services: { legevakt: { name: 'Egen' }, hjemmetjenesten: { name: 'Hjemmetjenesten' } } };
    expect(withSharedServices(own, parsed, kommuneOf(parsed, 'levanger')).services).toMatchObject({
      legevakt: { name: 'Interkommunal legevakt' },
      hjemmetjenesten: { name: 'Hjemmetjenesten' },
    });
    expect(withSharedServices(own, parsed, kommuneOf(parsed, 'verdal'))).toBe(own);
    expect(() => parseBook(text.replace('"legevakt":"felles-legevakt"', '"legevakt":"finnes-ikke"'), 'b.json')).toThrow(
      /sharedServices\.legevakt: Boka har ingen felles tjeneste «finnes-ikke»/,
    );
  });
});
