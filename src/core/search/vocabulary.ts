import type { SearchDocument } from './search-document.ts';
import { foldKey } from './fold.ts';
import { isStopWord } from './stop-words.ts';
import { stem } from './stem.ts';
import { tokenize } from './tokenize.ts';

/**
 * How strongly a word in each part of an article says what the article is about. The title
 * names the topic, aliases name it in everyday words; everyday words say what people need that
 * it answers; key terms come from the text; the summary mentions neighbouring topics too.
 */
export const FIELD_WEIGHTS = { title: 5, alias: 4, everyday: 3, term: 2, summary: 1, area: 0.5 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;

/**
 * A word that is a whole title or alias ("Sykehjem", "gamlehjem") names the topic more surely
 * than one word of several ("klage på sykehjemmet" is about complaints): names are weighted
 * down as they get longer, to 60 % for very long ones.
 */
export const nameWeight = (field: 'title' | 'alias' | 'everyday', words: number): number =>
  FIELD_WEIGHTS[field] * (0.6 + 0.4 / Math.max(1, words));

/** A title or alias as a whole, for phrase matches and "Mente du …?" suggestions. */
export interface Phrase {
  doc: number;
  label: string;
  kind: 'title' | 'alias';
  /** Stems of its topic words, space-separated: "alarm arm" for "alarm på armen". */
  stems: string;
  /** Folded letters without spaces, for edit distance against a whole query. */
  compact: string;
}

/** Every word of the book's titles, aliases, key terms and summaries, ready for matching. */
export interface Vocabulary {
  documents: readonly SearchDocument[];
  /** Word key → article index → field weight of the strongest field the word occurs in. */
  postings: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Word key → the spelling used in the book ("parorende" → "pårørende"), to ask Pagefind. */
  surfaces: ReadonlyMap<string, string>;
  /** Stem → word keys with that stem. */
  stems: ReadonlyMap<string, readonly string[]>;
  /** Stem → how many articles hold a word with that stem. */
  stemFrequency: ReadonlyMap<string, number>;
  /** Word keys in code-unit order, for prefix lookups. */
  sortedKeys: readonly string[];
  /** Word keys reversed and sorted, for looking up the tail of a compound. */
  reversedKeys: readonly string[];
  phrases: readonly Phrase[];
  /** Word key → articles that have it in an alias (an everyday word), for "Mente du …?". */
  aliasKeys: ReadonlyMap<string, ReadonlySet<number>>;
  /** Aliases and everyday phrases of two words or more, as word stems, for questions that hold one («kan noen måke snø for mor»). */
  wordGroups: readonly WordGroup[];
}

/** An alias or everyday phrase of several words: all of them in a question say more than each alone. */
export interface WordGroup {
  doc: number;
  stems: readonly string[];
  field: 'alias' | 'everyday';
}

export const reverse = (text: string): string => [...text].reverse().join('');

const PRONOUNS = new Set(
  [
    'seg',
    'meg',
    'deg',
    'oss',
    'dere',
    'ham',
    'henne',
    'han',
    'hun',
    'den',
    'det',
    'de',
    'dem',
    'sin',
    'sitt',
    'sine',
    'min',
    'mitt',
    'mine',
    'jeg',
    'du',
    'vi',
  ].map(foldKey),
);

/**
 * Question words and modal verbs say how a phrase asks, not what it is about: «hvem skal vi ringe»
 * is a group of its one topic word, so «hvem skal jeg ringe for å få hjelp hjemme» does not hold it.
 */
const ASKING = new Set(
  ['hva', 'hvem', 'hvor', 'hvordan', 'hvorfor', 'hvilken', 'hvilke', 'hvilket', 'kan', 'kunne', 'skal', 'skulle', 'vil', 'ville', 'må'].map(
    foldKey,
  ),
);

/** The words of a name that carry its topic; all of them when it is made of small words only («hvem gjør hva»), as parseQuery reads a query. */
const topicTokens = (text: string) => {
  const tokens = tokenize(text);
  const topical = tokens.filter((token) => !isStopWord(token.key));
  return topical.length > 0 ? topical : tokens;
};

export const phraseStems = (text: string): string =>
  topicTokens(text)
    .filter((token) => !token.joined)
    .map((token) => stem(token.key))
    .join(' ');

export function buildVocabulary(documents: readonly SearchDocument[]): Vocabulary {
  const postings = new Map<string, Map<number, number>>();
  const surfaceCounts = new Map<string, Map<string, number>>();
  const phrases: Phrase[] = [];
  const aliasKeys = new Map<string, Set<number>>();
  const wordGroups: WordGroup[] = [];
  // A phrase of one topic word and small words («se til», «si fra», «hva kommunen gjør») is a
  // group of all its words but the pronouns and the asking words: «komme seg», «lei seg» are one word each.
  const addGroup = (doc: number, text: string, field: WordGroup['field']) => {
    const topical = topicTokens(text).filter((token) => !token.joined);
    const tokens =
      topical.length >= 2 ? topical : tokenize(text).filter((token) => !token.joined && !PRONOUNS.has(token.key) && !ASKING.has(token.key));
    const stems = [...new Set(tokens.map((token) => stem(token.key)))];
    if (stems.length >= 2) wordGroups.push({ doc, stems, field });
  };

  const add = (doc: number, text: string, field: Field) => {
    const tokens = topicTokens(text).filter((token) => token.key.length >= 2);
    const weight =
      field === 'title' || field === 'alias' || field === 'everyday'
        ? nameWeight(field, tokens.filter((token) => !token.joined).length)
        : FIELD_WEIGHTS[field];
    for (const token of tokens) {
      const docs = postings.get(token.key) ?? new Map<number, number>();
      docs.set(doc, Math.max(docs.get(doc) ?? 0, weight));
      postings.set(token.key, docs);
      const counts = surfaceCounts.get(token.key) ?? new Map<string, number>();
      counts.set(token.surface, (counts.get(token.surface) ?? 0) + 1);
      surfaceCounts.set(token.key, counts);
    }
  };
  const addPhrase = (doc: number, label: string, kind: Phrase['kind']) => {
    const compact = tokenize(label)
      .map((token) => token.key)
      .join('');
    phrases.push({ doc, label, kind, stems: phraseStems(label), compact });
  };

  documents.forEach((document, doc) => {
    addPhrase(doc, document.title, 'title');
    const names = titleNames(document.title);
    for (const name of names) add(doc, name, 'title');
    if (names.length > 1) for (const name of names) addPhrase(doc, name, 'title');
    for (const alias of document.aliases) {
      add(doc, alias, 'alias');
      addGroup(doc, alias, 'alias');
      for (const token of tokenize(alias)) aliasKeys.set(token.key, (aliasKeys.get(token.key) ?? new Set<number>()).add(doc));
      addPhrase(doc, alias, 'alias');
    }
    for (const phrase of document.everyday ?? []) {
      add(doc, phrase, 'everyday');
      addGroup(doc, phrase, 'everyday');
    }
    for (const term of document.terms) add(doc, term, 'term');
    add(doc, document.summary, 'summary');
    add(doc, document.area, 'area');
  });

  const surfaces = new Map<string, string>();
  for (const [key, counts] of surfaceCounts) {
    const [best] = [...counts].sort((a, b) => b[1] - a[1]);
    if (best) surfaces.set(key, best[0]);
  }
  const stems = new Map<string, string[]>();
  const stemDocs = new Map<string, Set<number>>();
  for (const [key, docs] of postings) {
    const keys = stems.get(stem(key)) ?? [];
    keys.push(key);
    stems.set(stem(key), keys);
    const holding = stemDocs.get(stem(key)) ?? new Set<number>();
    for (const doc of docs.keys()) holding.add(doc);
    stemDocs.set(stem(key), holding);
  }
  const stemFrequency = new Map([...stemDocs].map(([key, docs]) => [key, docs.size]));
  const sortedKeys = [...postings.keys()].sort();
  const reversedKeys = sortedKeys.map(reverse).sort();
  return { documents, postings, surfaces, stems, stemFrequency, sortedKeys, reversedKeys, phrases, aliasKeys, wordGroups };
}

/**
 * The names a title holds: "Sykehjem (langtidsopphold)" is both "Sykehjem" and "langtidsopphold",
 * "Pårørende: rettigheter og støtte" is "Pårørende" with a gloss. Each is weighed as a name of its own.
 */
export const titleNames = (title: string): string[] =>
  title
    .split(/[():]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/**
 * Rarity of a word in the book, 0–1: a word in one article says more about it than "hjelp",
 * which is in most of them. Counted over all inflections, so "sykehjemmet" is as common as
 * "sykehjem".
 */
export function rarity(vocabulary: Vocabulary, key: string): number {
  const total = vocabulary.documents.length;
  const count = vocabulary.stemFrequency.get(stem(key)) ?? 0;
  if (count === 0 || total === 0) return 0;
  return Math.log(1 + total / count) / Math.log(1 + total);
}
