/**
 * A scheduled run (the mail run, the monthly digest) in a book runs once for each kommune, in that
 * kommune's context and målform; one kommune's failure leaves the others their run. A kommune on
 * its own runs once, as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bookApiEnv } from '../../../src/core/books/kommune-profiles.ts';
import { parseBook } from '../../../src/core/books/parse-book.ts';
import { parseMunicipality } from '../../../src/core/municipality.ts';
import { activeLanguage } from '../../../src/core/text/language.ts';
import { mailText } from '../../../src/core/text/mail.ts';
import { readEnv, type Env } from '../../../functions/shared/env.ts';
import { forEachKommune } from '../../../functions/shared/each-kommune.ts';

const bookFile = 'tests/fixtures/books/voss-jevnaker.json';
const base = { TABLE_NAME: 'abc-test', RATE_LIMIT_SALT: 'a-salt-of-sixteen-or-more' };
const bookEnv = bookApiEnv(
  parseBook(readFileSync(bookFile, 'utf8'), bookFile),
  (file) => parseMunicipality(readFileSync(file, 'utf8'), file),
  'https://abc.example.no',
);

describe('a scheduled run', () => {
  it('runs for every kommune of a book, each in its own context and målform', async () => {
    const ctx: { env: Env; kommune?: string } = { env: readEnv({ ...base, ...bookEnv }) };
    const runs = await forEachKommune(ctx, 'test run', async (own) => [
      own.kommune,
      own.env.SITE_URL,
      activeLanguage(),
      mailText('signature'),
    ]);
    expect(runs).toEqual([
      ['voss', 'https://abc.example.no/voss/', 'nn', 'Helsing redaksjonen i Alderdommens ABC'],
      ['jevnaker', 'https://abc.example.no/jevnaker/', 'nb', 'Hilsen redaksjonen i Alderdommens ABC'],
    ]);
  });

  it('still runs for the other kommuner when one kommune’s run fails', async () => {
    const ctx: { env: Env; kommune?: string } = { env: readEnv({ ...base, ...bookEnv }) };
    const runs = await forEachKommune(ctx, 'test run', async (own) => {
      if (own.kommune === 'voss') throw new Error('the store did not answer');
      return own.kommune;
    });
    expect(runs).toEqual(['jevnaker']);
  });

  it('runs once for a kommune on its own, its failure the run’s', async () => {
    const ctx = { env: readEnv(base) };
    expect(await forEachKommune(ctx, 'test run', async (own) => own === ctx)).toEqual([true]);
    await expect(forEachKommune(ctx, 'test run', () => Promise.reject(new Error('nede')))).rejects.toThrow('nede');
  });
});
