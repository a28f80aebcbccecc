import { editDistance } from './edit-distance.ts';
import { foldKey } from './fold.ts';
import { stem } from './stem.ts';
import { tokenize } from './tokenize.ts';
import { phraseStems, type Phrase, type Vocabulary } from './vocabulary.ts';

/**
 * Articles with an alias or everyday phrase of several words that the query holds whole, in any
 * order and among other words («hvem kan måke snø for naboen» holds «måke snø»): article index →
 * how many such phrases, aliases counting more.
 */
export function groupMatches(vocabulary: Vocabulary, query: string): Map<number, number> {
  const stems = new Set(tokenize(query).map((token) => stem(token.key)));
  const found = new Map<number, number>();
  for (const group of vocabulary.wordGroups) {
    if (!group.stems.every((part) => stems.has(part))) continue;
    found.set(group.doc, (found.get(group.doc) ?? 0) + (group.field === 'alias' ? 1 : GROUP_EVERYDAY));
  }
  return found;
}

/** An everyday phrase held whole counts a little less than an alias held whole. */
const GROUP_EVERYDAY = 0.8;

/** Articles whose title or an alias is exactly the query, ignoring small words and inflection. */
export function phraseMatches(vocabulary: Vocabulary, query: string): Set<number> {
  const stems = phraseStems(query);
  const docs = new Set<number>();
  if (!stems) return docs;
  for (const phrase of vocabulary.phrases) if (phrase.stems === stems) docs.add(phrase.doc);
  return docs;
}

/**
 * Titles and aliases that look most like the whole query, for a search that found nothing:
 * within roughly four typos in ten letters, or starting with the same four letters.
 * One phrase per article, nearest first, titles before aliases on a tie.
 */
export function closestPhrases(vocabulary: Vocabulary, query: string, limit = 3): Phrase[] {
  const compact = foldKey(query);
  if (compact.length < 3) return [];
  const allowed = Math.max(2, Math.floor(compact.length * 0.4));
  const best = new Map<number, { phrase: Phrase; distance: number }>();
  for (const phrase of vocabulary.phrases) {
    const sharesStart = compact.length >= 4 && phrase.compact.startsWith(compact.slice(0, 4));
    const distance = Math.min(editDistance(compact, phrase.compact, allowed), sharesStart ? allowed : allowed + 1);
    if (distance > allowed) continue;
    const known = best.get(phrase.doc);
    const better =
      !known || distance < known.distance || (distance === known.distance && phrase.kind === 'title' && known.phrase.kind !== 'title');
    if (better) best.set(phrase.doc, { phrase, distance });
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || Number(b.phrase.kind === 'title') - Number(a.phrase.kind === 'title'))
    .slice(0, limit)
    .map((candidate) => candidate.phrase);
}
