import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kommuneExports } from '../../../tools/build/kommune-env.ts';

const work = mkdtempSync(join(tmpdir(), 'abc-kommune-env-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the environment of one kommune’s publication build in AWS', () => {
  it('names the book, the kommune, its config, its base and its folder in the bucket', () => {
    expect(kommuneExports('tests/fixtures/books/jevnaker-halden.json', 'halden').split('\n')).toEqual([
      "export BOOK_CONFIG='tests/fixtures/books/jevnaker-halden.json'",
      "export BOOK_KOMMUNE='halden'",
      "export MUNICIPALITY_CONFIG='content/municipalities/halden.json'",
      "export SITE_BASE='/halden/'",
      "export SITE_FOLDER='halden'",
    ]);
  });

  it('refuses a kommune the book does not have, and one on a host of its own', () => {
    expect(() => kommuneExports('tests/fixtures/books/jevnaker-halden.json', 'verdal')).toThrow(/jevnaker, halden/);
    const book = join(work, 'book.json');
    writeFileSync(
      book,
      JSON.stringify({
        siteUrl: 'https://abc.example.no',
        kommuner: [{ id: 'halden', config: 'content/municipalities/halden.json', address: { host: 'abc.halden.example.no' } }],
      }),
    );
    expect(() => kommuneExports(book, 'halden')).toThrow(/eget vertsnavn/);
  });
});
