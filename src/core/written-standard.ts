/**
 * What the content rules know of each målform: forms that belong only to the other written
 * standard (a nynorsk text with «ikke» or «hvordan» was not translated all the way), and hard
 * words with the plain word to write instead, per language. Data, reviewed like text.
 */
import type { Language } from './text/language.ts';

/** Word forms that are only bokmål (checked in nynorsk texts) and only nynorsk (checked in bokmål texts). */
export const OTHER_STANDARD_FORMS: Readonly<Record<Language, readonly string[]>> = {
  nn: [
    'ikke',
    'hvordan',
    'hva',
    'hvem',
    'hvilke',
    'hvilken',
    'hvorfor',
    'hvis',
    'jeg',
    'hun',
    'noen',
    'noe',
    'mye',
    'fra',
    'hjemme',
    'hjem',
    'sykehjem',
    'sykehjemmet',
    'hjemmesykepleie',
    'hjemmehjelp',
    'tjeneste',
    'tjenesten',
    'tjenester',
    'pårørende',
    'trenger',
    'være',
    'vært',
    'ble',
    'bare',
    'selv',
    'uten',
    'flere',
    'kommer',
    'gjør',
    'gjøre',
    'dere',
    'hver',
    'hvert',
    'annen',
    'annet',
    'uke',
    'måned',
    'måneder',
    'fremtidsfullmakt',
    'egenandel',
  ],
  nb: [
    'ikkje',
    'korleis',
    'kva',
    'kven',
    'kvifor',
    'eg',
    'ho',
    'nokon',
    'noko',
    'mykje',
    'heime',
    'sjukeheim',
    'berre',
    'sjølv',
    'utan',
    'vere',
  ],
};

/** Hard words and the plain ones to write instead, per language. */
export const HARD_WORDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  nb: {
    vedrørende: 'om',
    'i henhold til': 'etter',
    'iht.': 'etter',
    herunder: 'blant annet',
    tilstrebe: 'prøve',
    påregne: 'regne med',
    foreligger: 'finnes',
  },
  nn: {
    vedkomande: 'om',
    'i henhald til': 'etter',
    'i samsvar med': 'etter',
    herunder: 'mellom anna',
    tilstrebe: 'prøve',
    påreikne: 'rekne med',
    føreligg: 'finst',
  },
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The forms of the other standard in a text written in `language`, each once, as written. */
export function otherStandardForms(text: string, language: Language): string[] {
  return [
    ...new Set([...text.matchAll(wordPattern(OTHER_STANDARD_FORMS[language]))].map((match) => match[1]!.toLocaleLowerCase(language))),
  ];
}

/** The hard words in a text written in `language`, each once, with the plain word to use. */
export function hardWords(text: string, language: Language): Array<{ word: string; plain: string }> {
  const list = HARD_WORDS[language];
  const found = new Set([...text.matchAll(wordPattern(Object.keys(list)))].map((match) => match[1]!.toLocaleLowerCase(language)));
  return [...found].map((word) => ({ word, plain: list[word]! }));
}
