/**
 * What the API knows of each kommune of a book (BOOK_KOMMUNE_PROFILES) is made from the book
 * config and each kommune's municipality config, checked when the environment is read (the same
 * kommuner as BOOK_KOMMUNER, or a ConfigError), and a kommune's context carries its own address,
 * målform and editors' mailbox.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bookApiEnv } from '../../../src/core/books/kommune-profiles.ts';
import { parseBook } from '../../../src/core/books/parse-book.ts';
import { parseMunicipality } from '../../../src/core/municipality.ts';
import { readEnv } from '../../../functions/shared/env.ts';
import { ConfigError } from '../../../functions/shared/errors.ts';
import { inKommune } from '../../../functions/shared/kommune-context.ts';

const bookAt = (file: string) => parseBook(readFileSync(file, 'utf8'), file);
const municipalityAt = (file: string) => parseMunicipality(readFileSync(file, 'utf8'), file);
const base = { TABLE_NAME: 'abc-test', RATE_LIMIT_SALT: 'a-salt-of-sixteen-or-more', SITE_URL: 'https://abc.example.no' };

describe('the profiles of a book’s kommuner', () => {
  it('name each kommune, its address under the book’s and its målform, from the configs', () => {
    const env = bookApiEnv(bookAt('tests/fixtures/books/voss-jevnaker.json'), municipalityAt, 'https://abc.example.no');
    expect(env.BOOK_KOMMUNER).toBe('voss,jevnaker');
    expect(JSON.parse(env.BOOK_KOMMUNE_PROFILES)).toEqual({
      voss: {
        name: 'Voss herad',
        siteUrl: 'https://abc.example.no/voss/',
        language: 'nn',
        editorsEmail: 'redaksjonen@voss.example.no',
      },
      jevnaker: { name: 'Jevnaker kommune', siteUrl: 'https://abc.example.no/jevnaker/', language: 'nb' },
    });
  });

  it('give a kommune on a host of its own that host as its address', () => {
    const env = bookApiEnv(bookAt('tests/fixtures/books/prefix-and-host.json'), municipalityAt, 'http://localhost:4321');
    const profiles = JSON.parse(env.BOOK_KOMMUNE_PROFILES);
    expect(profiles.jevnaker.siteUrl).toBe('http://localhost:4321/jevnaker/');
    expect(profiles.halden.siteUrl).toBe('https://abc.halden.example.no/');
  });

  it('are read with the environment, and refused unless they name exactly the book’s kommuner', () => {
    const env = bookApiEnv(bookAt('tests/fixtures/books/voss-jevnaker.json'), municipalityAt, 'https://abc.example.no');
    expect(readEnv({ ...base, ...env }).BOOK_KOMMUNE_PROFILES?.voss?.language).toBe('nn');
    const refused = [
      { ...base, BOOK_KOMMUNE_PROFILES: env.BOOK_KOMMUNE_PROFILES },
      { ...base, ...env, BOOK_KOMMUNER: 'voss' },
      { ...base, ...env, BOOK_KOMMUNER: 'voss,jevnaker,halden' },
      { ...base, ...env, BOOK_KOMMUNE_PROFILES: '{"voss": ' },
      { ...base, ...env, BOOK_KOMMUNE_PROFILES: JSON.stringify({ voss: { name: 'Voss herad' }, jevnaker: {} }) },
    ];
    for (const source of refused) {
      expect(() => readEnv(source)).toThrow(ConfigError);
      try {
        readEnv(source);
      } catch (error) {
        expect((error as Error).message).toContain('BOOK_KOMMUNE_PROFILES');
      }
    }
  });

  it('make a kommune’s context its own: its address, its målform, its editors’ mailbox when it has one', () => {
    const env = readEnv({
      ...base,
      EDITORS_EMAIL: 'redaksjonen@example.no',
      ...bookApiEnv(bookAt('tests/fixtures/books/voss-jevnaker.json'), municipalityAt, 'https://abc.example.no'),
    });
    const ctx = { env };
    const voss = inKommune(ctx, 'voss').env;
    expect([voss.SITE_URL, voss.BOOK_LANGUAGE, voss.EDITORS_EMAIL]).toEqual([
      'https://abc.example.no/voss/',
      'nn',
      'redaksjonen@voss.example.no',
    ]);
    const jevnaker = inKommune(ctx, 'jevnaker').env;
    expect([jevnaker.SITE_URL, jevnaker.BOOK_LANGUAGE, jevnaker.EDITORS_EMAIL]).toEqual([
      'https://abc.example.no/jevnaker/',
      'nb',
      'redaksjonen@example.no',
    ]);
    expect(inKommune(ctx, undefined).env).toBe(env);
  });
});
