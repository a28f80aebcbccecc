import { beforeAll, describe, expect, it } from 'vitest';
import { synthBookStack, type SynthesizedBook } from './support/synth-book-stack.ts';

/**
 * A stack for a book of several kommuner tells every function that reads the environment the
 * book's kommuner and what it knows of each (BOOK_KOMMUNE_PROFILES, made from the book config
 * and the kommuner's configs): its name, its address under the site's, its målform. A stack for a
 * kommune on its own tells them nothing of the kind.
 */
type Json = Record<string, any>;

let book: SynthesizedBook;
let single: SynthesizedBook;

beforeAll(() => {
  book = synthBookStack({ context: { bookConfig: 'tests/fixtures/books/jevnaker-halden.json' } });
  single = synthBookStack();
}, 180_000);

/** The functions that read functions/shared/env.ts: those told the site's address. */
const environments = (synth: SynthesizedBook): Json[] =>
  Object.values(synth.template.findResources('AWS::Lambda::Function'))
    .map((fn) => fn.Properties.Environment?.Variables as Json | undefined)
    .filter((variables): variables is Json => variables?.SITE_URL !== undefined);

/** A value as the function will read it, with the CloudFront domain (a token until deploy) as «cloudfront.example». */
const asText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : (value as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]
        .map((part) => (typeof part === 'string' ? part : 'cloudfront.example'))
        .join('');

describe('the functions of a book', () => {
  it('each know the book’s kommuner and each kommune’s name, address and målform', () => {
    const all = environments(book);
    expect(all.length).toBeGreaterThan(10);
    for (const variables of all) {
      expect(variables.BOOK_KOMMUNER).toBe('jevnaker,halden');
      expect(JSON.parse(asText(variables.BOOK_KOMMUNE_PROFILES))).toEqual({
        jevnaker: { name: 'Jevnaker kommune', siteUrl: 'https://cloudfront.example/jevnaker/', language: 'nb' },
        halden: { name: 'Halden kommune', siteUrl: 'https://cloudfront.example/halden/', language: 'nb' },
      });
    }
  });

  it('are told nothing of kommuner in a stack for a kommune on its own', () => {
    for (const variables of environments(single)) {
      expect(variables.BOOK_KOMMUNER).toBeUndefined();
      expect(variables.BOOK_KOMMUNE_PROFILES).toBeUndefined();
    }
  });
});
