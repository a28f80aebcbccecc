import { splitCompound } from './decompound.ts';
import { allowedTypos, editDistance, isSlip } from './edit-distance.ts';
import { aspectOf } from './aspects.ts';
import { isLight } from './light-words.ts';
import { timesOf } from './time-words.ts';
import { stem } from './stem.ts';
import { isStopWord } from './stop-words.ts';
import { FIELD_WEIGHTS, reverse, type Vocabulary } from './vocabulary.ts';

/** How a query word met a word of the book. */
export type MatchKind = 'exact' | 'stem' | 'part' | 'compound' | 'typo';

export interface WordMatch {
  /** Key of the book's word that was met. */
  key: string;
  /** 0–1: how sure we are the reader meant this word. */
  quality: number;
  kind: MatchKind;
}

/** Guesses for a word the book does not have, and how to spell them for Pagefind. */
export interface WordGuess {
  matches: WordMatch[];
  /** The book's spelling of the guessed words ("alderspenjson" → "alderspensjon"). */
  spellings: string[];
}

/**
 * Norwegian compounds are right-headed: an "eldrebolig" is a kind of "bolig", so the last part
 * says more about what the reader wants than the parts before it.
 */
const QUALITY = { exact: 1, stem: 0.95, compoundHead: 0.85, compoundModifier: 0.6, sibling: 0.45, typo: [1, 0.75, 0.6] } as const;
const MIN_PART_QUERY = 4;
const MIN_REST = 3;
const MIN_SHARED_START = 5;
/** From this length any one typo is read as one; shorter words only as a slip of the hand. */
const ANY_TYPO_FROM = 7;

/**
 * The words of the book a query word surely stands for: the same word (folded, so "parorende"
 * is "pårørende"), another inflection of it ("sykehjemmet" → "sykehjem"), and the compounds it
 * begins or ends ("fullmakter" → "fremtidsfullmakt", "honnør" → "honnørrabatt").
 */
export function matchWord(vocabulary: Vocabulary, key: string): WordMatch[] {
  const compounds = namesAThing(key) ? compoundsContaining(vocabulary, key) : [];
  return strongest([...inflections(vocabulary, key), ...compounds]);
}

/**
 * Whether a word names a thing a compound can be built on. «hjelp», «mor», «klarer» (light
 * words, see light-words.ts), small words and words asking about an aspect («koster», «natta»)
 * are in every other question: met inside compounds they would lead to «hjemmehjelp»,
 * «forklare», «kosthold» for questions about none of them.
 */
const namesAThing = (key: string): boolean => !isLight(key) && !isStopWord(key) && aspectOf(key) === undefined && timesOf(key).length === 0;

/**
 * Guesses for a word that neither the alias index nor the full text knows: a known word one
 * typo away (two from eight letters: "alderspenjson"), or the known parts of a compound the book
 * does not use ("sykehjemsplass" → "sykehjem", "plass"; "tannlegetime" → "tannlege").
 */
export function guessWord(vocabulary: Vocabulary, key: string): WordGuess {
  // «bestemor», «farfar»: words people use about whom they ask, not misspellings of the book's words.
  if (isLight(key) || isStopWord(key)) return { matches: [], spellings: [] };
  const typoMatches = typos(vocabulary, key);
  // Inside a compound a part is never inflected: "tannlegetime" holds "tannlege", not "tannleget";
  // and it names a thing: «gamle», «mor», «hjelp» are no part to build a guess on.
  const content = (word: string) => !isLight(word) && !isStopWord(word);
  const parts = splitCompound(
    key,
    (part) => (vocabulary.postings.has(part) && content(part)) || (stem(part) === part && (vocabulary.stems.get(part) ?? []).some(content)),
  );
  const compoundMatches = parts.flatMap((part, index) => {
    const weight = index === parts.length - 1 ? QUALITY.compoundHead : QUALITY.compoundModifier;
    return inflections(vocabulary, part).map((found) => ({ key: found.key, quality: found.quality * weight, kind: 'compound' as const }));
  });
  // Last resort: a compound of the book that starts like the reader's word ("handikapskilt" → "handikapkort").
  const siblingMatches = typoMatches.length === 0 && compoundMatches.length === 0 ? compoundSiblings(vocabulary, key) : [];
  const bestTypo = [...typoMatches].sort((a, b) => b.quality - a.quality || strength(vocabulary, b.key) - strength(vocabulary, a.key))[0];
  const spellings = [bestTypo?.key, ...parts]
    .map((found) => (found === undefined ? undefined : vocabulary.surfaces.get(found)))
    .filter((found) => found !== undefined);
  return { matches: strongest([...typoMatches, ...compoundMatches, ...siblingMatches]), spellings: [...new Set(spellings)] };
}

function strongest(matches: readonly WordMatch[]): WordMatch[] {
  const best = new Map<string, WordMatch>();
  for (const match of matches) {
    const known = best.get(match.key);
    if (!known || known.quality < match.quality) best.set(match.key, match);
  }
  return [...best.values()];
}

function inflections(vocabulary: Vocabulary, key: string): WordMatch[] {
  const found: WordMatch[] = [];
  if (vocabulary.postings.has(key)) found.push({ key, quality: QUALITY.exact, kind: 'exact' });
  for (const other of vocabulary.stems.get(stem(key)) ?? []) {
    if (other !== key) found.push({ key: other, quality: QUALITY.stem, kind: 'stem' });
  }
  return found;
}

/**
 * Compounds that start or end with the word (or its stem): the more of them it covers, the better.
 * A compound ends with the word only when it ends with it inflected alike: «fremtidsfullmakt» ends
 * with «fullmakter» (both «fullmakt»), «journalen» does not end with «alene» (stems «journal», «alen»).
 */
function compoundsContaining(vocabulary: Vocabulary, key: string): WordMatch[] {
  const found: WordMatch[] = [];
  const quality = (part: string, whole: string) => 0.5 + 0.3 * (part.length / whole.length);
  const ownStem = stem(key);
  for (const part of new Set([key, ownStem])) {
    if (part.length < MIN_PART_QUERY) continue;
    for (const whole of withPrefix(vocabulary.sortedKeys, part)) {
      if (whole.length - part.length >= MIN_REST) found.push({ key: whole, quality: quality(part, whole), kind: 'part' });
    }
    for (const reversed of withPrefix(vocabulary.reversedKeys, reverse(part))) {
      const whole = reverse(reversed);
      if (whole.length - part.length >= MIN_REST && stem(whole).endsWith(ownStem))
        found.push({ key: whole, quality: quality(part, whole), kind: 'part' });
    }
  }
  return found;
}

/**
 * Words of the book that share the longest possible start with the reader's word, with at least
 * three letters left on both sides: the shared start is then a first part they have in common.
 */
function compoundSiblings(vocabulary: Vocabulary, key: string): WordMatch[] {
  for (let cut = key.length - MIN_REST; cut >= MIN_SHARED_START; cut--) {
    const start = key.slice(0, cut);
    const found = withPrefix(vocabulary.sortedKeys, start)
      .filter((whole) => whole.length - start.length >= MIN_REST)
      .map((whole) => ({ key: whole, quality: QUALITY.sibling, kind: 'compound' as const }));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Words of the book a typed word may be a typo of: words that name or describe an article (not
 * a word of a summary only), and for a short word only a slip of the hand (see `isSlip`).
 */
function typos(vocabulary: Vocabulary, key: string): WordMatch[] {
  const allowed = allowedTypos(key.length);
  if (allowed === 0) return [];
  const found: WordMatch[] = [];
  for (const candidate of vocabulary.sortedKeys) {
    const distance = editDistance(key, candidate, allowed);
    if (distance === 0 || distance > allowed || strength(vocabulary, candidate) < FIELD_WEIGHTS.term) continue;
    if (key.length < ANY_TYPO_FROM && !isSlip(key, candidate)) continue;
    found.push({ key: candidate, quality: QUALITY.typo[distance] ?? 0, kind: 'typo' });
  }
  return found;
}

/** The strongest field a word occurs in anywhere in the book. */
export function strength(vocabulary: Vocabulary, key: string): number {
  return Math.max(0, ...(vocabulary.postings.get(key)?.values() ?? []));
}

/** The keys of a sorted list that start with `prefix` (binary search, then a short walk). */
function withPrefix(sorted: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) found.push(sorted[i]!);
  return found;
}
