/**
 * The målform is the kommune's: pages (t()), Lambdas (lookupIn: the API's errors, the e-mails) and
 * dates read in the language set for the build or given to the process as BOOK_LANGUAGE.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiText } from '../../../src/core/text/api.ts';
import { mailText } from '../../../src/core/text/mail.ts';
import { activeLanguage, useLanguage } from '../../../src/core/text/language.ts';
import { formatDate, t } from '../../../src/core/text/t.ts';
import { norwegianDate } from '../../../src/core/norwegian-date.ts';
import { municipalitySchema, serviceSchema } from '../../../src/core/schemas/municipality.ts';
import { validate } from '../../../src/core/schema-errors.ts';
import jevnaker from '../../../content/municipality.json' with { type: 'json' };
import voss from '../../../content/municipalities/voss.json' with { type: 'json' };

const saved = process.env.BOOK_LANGUAGE;
afterEach(() => {
  useLanguage(undefined);
  if (saved === undefined) delete process.env.BOOK_LANGUAGE;
  else process.env.BOOK_LANGUAGE = saved;
});

describe('the book’s language', () => {
  it('is bokmål unless the kommune says otherwise', () => {
    delete process.env.BOOK_LANGUAGE;
    expect(activeLanguage()).toBe('nb');
    expect(municipalitySchema.parse(jevnaker).language).toBe('nb');
    expect(municipalitySchema.parse(voss).language).toBe('nn');
  });

  it('refuses a målform the book does not have', () => {
    expect(municipalitySchema.safeParse({ ...voss, language: 'se' }).success).toBe(false);
  });

  it('gives pages their texts in the kommune’s language', () => {
    useLanguage('nb');
    expect(t('site.skipLink')).toBe('Gå til hovedinnholdet');
    useLanguage('nn');
    expect(t('site.skipLink')).toBe('Gå til hovudinnhaldet');
  });

  it('gives a Lambda its errors and e-mails in the language of its environment', () => {
    process.env.BOOK_LANGUAGE = 'nn';
    expect(apiText('error.suggestionNotFound')).toBe('Fann ikkje framlegget.');
    expect(mailText('footer.citizen')).toMatch(/ikkje/);
    process.env.BOOK_LANGUAGE = 'nb';
    expect(apiText('error.suggestionNotFound')).toBe('Fant ikke forslaget.');
  });

  it('writes dates in the kommune’s language', () => {
    useLanguage('nn');
    expect(t('site.day.sat')).toBe('laurdag');
    expect(formatDate(new Date('2026-12-05T00:00:00Z'))).toBe('5. desember 2026');
    expect(norwegianDate('2026-12-05T12:00:00Z')).toBe('5. desember 2026');
  });

  // The schemas are made once, when their module loads; their messages are read when a value breaks them.
  it('words a value that breaks a schema in the language active when it is checked', () => {
    const messages = () => {
      const result = validate(serviceSchema, { name: 'X', description: 'Hjelper deg med det meste.', phone: 'ring oss' });
      return result.success ? [] : result.problems.map((problem) => problem.message);
    };
    useLanguage('nb');
    expect(messages()).toEqual([
      'Skriv navnet på tjenesten',
      'Telefonnummer kan bare inneholde sifre og mellomrom, for eksempel 12 34 56 78',
    ]);
    useLanguage('nn');
    expect(messages()).toEqual([
      'Skriv namnet på tenesta',
      'Telefonnummeret kan berre innehalde siffer og mellomrom, til dømes 12 34 56 78',
    ]);
  });
});
