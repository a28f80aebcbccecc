import type { WordMatch } from './match-word.ts';
import { stem } from './stem.ts';
import { FIELD_WEIGHTS, rarity, type Vocabulary } from './vocabulary.ts';

/** A query word with what it may stand for in the book. */
export interface MatchedWord {
  /** The word's own key, as typed. */
  key: string;
  matches: readonly WordMatch[];
  /**
   * True for a word about an aspect of the topic («pris», «søke»): it counts for less and is not
   * needed for a page to answer the whole question, so the topic words decide the article.
   */
  aspect?: boolean;
}

/** A full-text hit from Pagefind for one query word, already tied to an article where possible. */
export interface TextHit {
  /** Index of the query word the hit answers. */
  word: number;
  url: string;
  /** Article index in the vocabulary, or undefined for a page outside the alias index. */
  doc: number | undefined;
  /** Pagefind's score divided by the best score for that term, times how sure the term is (1 for what the reader typed): 0–1. */
  relevance: number;
}

export interface RankedPage {
  url: string;
  doc: number | undefined;
  score: number;
  /** True when a title or alias word of the article matched, i.e. the alias index vouches for it. */
  named: boolean;
  /** Share of the topic words the page answers, 0–1. */
  coverage: number;
}

/** Full text counts, but less than a title or alias: the text mentions many neighbouring topics. */
export const TEXT_WEIGHT = 1.5;
/** A query that is a whole title or alias ("alarm på armen") leaves no doubt. */
export const PHRASE_BONUS = 4;
/** An aspect word («koster») tells less than a topic word («sykehjem»). */
export const ASPECT_WEIGHT = 0.4;
/** A page about the topic with a section answering the asked aspect comes before one without. */
export const SECTION_BONUS = 1.5;

/**
 * Orders pages by how well they answer all the query words. For each word a page gets its best
 * alias-index score (match quality × field weight × rarity of the word) plus its Pagefind score;
 * the sum is scaled by the share of query words the page answers, so a page that answers
 * "penger" and "passe" and "mor" beats one that only answers "penger". A word counts as fully
 * answered from a score of 1 (about one sure title word, or Pagefind's best page), partly below.
 * Written-together pairs and whole-phrase matches add on top. Aspect words (see aspects.ts)
 * count less and not towards the share; a page that answers the topic and has a section for
 * the asked aspect (`aspectLift`: article index → sections answering it) is lifted.
 * Ties keep Pagefind's order.
 */
export function rankPages(
  vocabulary: Vocabulary,
  words: readonly MatchedWord[],
  pairs: readonly MatchedWord[],
  textHits: readonly TextHit[],
  phraseDocs: ReadonlySet<number>,
  urlOf: (doc: number) => string,
  aspectLift: ReadonlyMap<number, number> = new Map(),
): RankedPage[] {
  const pages = new Map<string, { doc: number | undefined; perWord: number[]; bonus: number; named: boolean; order: number }>();
  const page = (url: string, doc: number | undefined) => {
    let entry = pages.get(url);
    if (!entry) {
      entry = { doc, perWord: words.map(() => 0), bonus: 0, named: false, order: pages.size };
      pages.set(url, entry);
    }
    return entry;
  };

  // How much a word tells is a property of the word the reader typed: "pårørende" is in most
  // articles, so it says little even where it matches the rare "pårørendekurs". Only a word the
  // book lacks (a typo, a new compound) borrows the rarity of the word it was matched to.
  const bestPerDoc = (matched: MatchedWord) => {
    const best = new Map<number, { score: number; named: boolean; sure: boolean }>();
    const own = vocabulary.stemFrequency.has(stem(matched.key)) ? rarity(vocabulary, matched.key) : undefined;
    for (const match of matched.matches) {
      const weight = own ?? rarity(vocabulary, match.key);
      for (const [doc, field] of vocabulary.postings.get(match.key) ?? []) {
        const score = match.quality * field * weight;
        if (score > (best.get(doc)?.score ?? 0))
          best.set(doc, { score, named: field > FIELD_WEIGHTS.term, sure: match.kind === 'exact' || match.kind === 'stem' });
      }
    }
    return best;
  };

  for (const hit of [...textHits].sort((a, b) => b.relevance - a.relevance)) {
    const entry = page(hit.url, hit.doc);
    entry.perWord[hit.word] = (entry.perWord[hit.word] ?? 0) + TEXT_WEIGHT * hit.relevance;
  }
  const namedAspect = words.map(() => new Set<number>());
  words.forEach((matched, word) => {
    for (const [doc, best] of bestPerDoc(matched)) {
      const entry = page(urlOf(doc), doc);
      entry.perWord[word] = (entry.perWord[word] ?? 0) + best.score;
      entry.named ||= best.named;
      // «klage» asks about an aspect of most topics, but it is the topic of «Klage på vedtak».
      if (matched.aspect && best.named && best.sure) namedAspect[word]!.add(doc);
    }
  });
  for (const matched of pairs) {
    for (const [doc, best] of bestPerDoc(matched)) {
      const entry = page(urlOf(doc), doc);
      entry.bonus += best.score;
      entry.named ||= best.named;
    }
  }
  for (const doc of phraseDocs) {
    const entry = page(urlOf(doc), doc);
    entry.bonus += PHRASE_BONUS;
    entry.named = true;
  }

  const topical = words.some((word) => !word.aspect) ? words.map((word) => !word.aspect) : words.map(() => true);
  const topicCount = topical.filter(Boolean).length;
  const ranked = [...pages].map(([url, entry]) => {
    const answered = entry.perWord.reduce((total, score, word) => total + (topical[word] ? Math.min(1, score) : 0), 0);
    const coverage = topicCount > 0 ? answered / topicCount : 1;
    const weightOf = (word: number) =>
      topical[word] || (entry.doc !== undefined && namedAspect[word]!.has(entry.doc)) ? 1 : ASPECT_WEIGHT;
    const sum = entry.perWord.reduce((total, score, word) => total + score * weightOf(word), 0);
    const lift = entry.doc !== undefined ? SECTION_BONUS * coverage * (aspectLift.get(entry.doc) ?? 0) : 0;
    return {
      url,
      doc: entry.doc,
      score: sum * (0.35 + 0.65 * coverage) + entry.bonus + lift,
      named: entry.named,
      coverage,
      order: entry.order,
    };
  });
  return ranked
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ url, doc, score, named, coverage }) => ({ url, doc, score, named, coverage }));
}
