/**
 * A kommune that writes nynorsk gets its whole book in nynorsk, so the nynorsk catalogue
 * (src/core/text/nn/) has exactly the keys of the bokmål one – none missing, none left over after
 * a bokmål key was removed – each with the same placeholders, and nothing copied over untranslated.
 * (Unused bokmål keys fail every-text-key-is-used-and-exists.test.ts; with equal key sets the
 * nynorsk ones do too.)
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogues, type Namespace } from '../../../src/core/text/t.ts';

const namespaces = Object.keys(catalogues.nb) as Namespace[];
const texts = (language: 'nb' | 'nn', namespace: Namespace): Record<string, string> => catalogues[language][namespace];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the nynorsk catalogue', () => {
  it('has a file for every namespace of the bokmål one, and no other', () => {
    const files = (language: string) => readdirSync(`src/core/text/${language}`).sort();
    expect(files('nn')).toEqual(files('nb'));
  });

  it.each(namespaces)('has exactly the keys of the bokmål %s namespace', (namespace) => {
    const nb = Object.keys(texts('nb', namespace));
    const nn = Object.keys(texts('nn', namespace));
    expect({ missing: nb.filter((key) => !nn.includes(key)), unused: nn.filter((key) => !nb.includes(key)) }).toEqual({
      missing: [],
      unused: [],
    });
  });

  it.each(namespaces)('fills the same placeholders as bokmål in the %s namespace', (namespace) => {
    const nn = texts('nn', namespace);
    const differing = Object.entries(texts('nb', namespace)).filter(
      ([key, text]) => nn[key] !== undefined && placeholders(nn[key]).join() !== placeholders(text).join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  // Search words (`….aliases`) keep the bokmål forms too: many readers search in the other standard.
  it('says in nynorsk what bokmål says with «ikke», «hva», «hvordan» or «jeg»', () => {
    const bokmal = /(?<![\p{L}])(ikke|hva|hvordan|hvem|jeg|noen|hjemme|tjenester)(?![\p{L}])/iu;
    const untranslated = namespaces.flatMap((namespace) =>
      Object.entries(texts('nn', namespace))
        .filter(([key, text]) => !key.endsWith('.aliases') && bokmal.test(text))
        .map(([key, text]) => `${namespace}.${key}: ${text}`),
    );
    expect(untranslated).toEqual([]);
  });
});
