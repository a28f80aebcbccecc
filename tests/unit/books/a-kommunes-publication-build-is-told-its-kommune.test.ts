import { describe, expect, it } from 'vitest';
import { kommuneExports } from '../../../tools/build/kommune-env.ts';

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

  it('refuses a kommune the book does not have', () => {
    expect(() => kommuneExports('tests/fixtures/books/jevnaker-halden.json', 'verdal')).toThrow(/jevnaker, halden/);
  });

  it('builds a kommune on a host of its own at its root and syncs it into that host’s folder of the bucket', () => {
    expect(kommuneExports('tests/fixtures/books/prefix-and-host.json', 'halden').split('\n')).toEqual([
      "export BOOK_CONFIG='tests/fixtures/books/prefix-and-host.json'",
      "export BOOK_KOMMUNE='halden'",
      "export MUNICIPALITY_CONFIG='content/municipalities/halden.json'",
      "export SITE_BASE='/'",
      "export SITE_FOLDER='_hosts/abc.halden.example.no'",
    ]);
  });
});
