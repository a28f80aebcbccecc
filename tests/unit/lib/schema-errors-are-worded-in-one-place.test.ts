/**
 * A value that breaks its schema is worded in one place (src/core/schema-errors.ts): the
 * schema's own words where it has them, the catalogue's for the kind of check otherwise. The
 * article checker, the facts desk and the API's validation say the same thing about the same
 * mistake, and zod's English never reaches anyone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { checkArticle } from '../../../src/core/articles/check-article.ts';
import { checkFact } from '../../../src/core/facts/problems.ts';
import { validate } from '../../../src/core/schema-errors.ts';
import { ValidationError } from '../../../functions/shared/errors.ts';
import { parseWith } from '../../../functions/shared/parse.ts';

const messages = (schema: z.ZodType | zm.ZodMiniType, input: unknown) => {
  const result = validate(schema, input);
  return result.success ? {} : Object.fromEntries(result.problems.map((problem) => [problem.name, problem.message]));
};

describe('a schema error', () => {
  it('is worded by the kind of check when the schema has no words of its own', () => {
    const schema = z.object({
      name: z.string().min(3).max(10),
      empty: z.string().min(1),
      tags: z.array(z.string()).min(2).max(3),
      area: z.enum(['helse', 'transport']),
      url: z.url(),
      day: z.coerce.date(),
      count: z.number().int(),
      yes: z.boolean(),
    });
    expect(messages(schema, { name: 'ab', empty: '', tags: ['a'], area: 'x', url: 'nei', day: 'i går', count: 1.5, yes: 'ja' })).toEqual({
      name: 'Skriv minst 3 tegn.',
      empty: 'Fyll ut dette feltet.',
      tags: 'Legg til minst 2.',
      area: 'Velg et av valgene i listen.',
      url: 'Skriv en hel nettadresse, for eksempel https://www.helsenorge.no/.',
      day: 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-11-28.',
      count: 'Skriv et helt tall.',
      yes: 'Velg ja eller nei.',
    });
    expect(messages(schema, {}).name).toBe('Fyll ut dette feltet.');
    expect(messages(schema, { name: 'abcdefghijkl', tags: ['a', 'b', 'c', 'd'] })).toMatchObject({
      name: 'Skriv høyst 10 tegn.',
      tags: 'Velg høyst 3.',
    });
  });

  it('keeps the words the schema gives, in zod and in zod/mini alike, first problem per field', () => {
    const classic = z.object({ text: z.string('Skriv hva du vil foreslå.').min(10, 'Skriv litt mer.') });
    const mini = zm.object({ text: zm.string({ error: 'Skriv hva du vil foreslå.' }).check(zm.minLength(10, 'Skriv litt mer.')) });
    for (const schema of [classic, mini]) {
      expect(messages(schema, {})).toEqual({ text: 'Skriv hva du vil foreslå.' });
      expect(messages(schema, { text: 'kort' })).toEqual({ text: 'Skriv litt mer.' });
    }
  });

  it('reads the same from the checker, the facts desk and the API', () => {
    const schema = z.object({ title: z.string().min(3) });
    expect(checkFact(schema, {})).toEqual({ ok: false, problems: [{ path: 'title', message: 'Fyll ut dette feltet.' }] });
    const refused = (() => {
      try {
        return parseWith(zm.object({ title: zm.string() }), {});
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields).toEqual({ title: 'Fyll ut dette feltet.' });
    const untitled = readFileSync('content/articles/sykehjem.mdx', 'utf8').replace(/^title: .*\n/m, '');
    expect(checkArticle(untitled).problems).toEqual([{ rule: 'frontmatter', message: 'Tittel: Fyll ut dette feltet.' }]);
  });
});
