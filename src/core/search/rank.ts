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
  /** True for a light word («mor», «hjelp», see light-words.ts): like an aspect word, but counting even less. */
  light?: boolean;
  /** True for a word that describes the situation («mor med alzheimer», see context-words.ts): it counts, but less than the need. */
  context?: boolean;
  /** Pages that answer the word without holding it, with their score: the pages open at a time the word names. */
  answeredBy?: ReadonlyMap<number, number>;
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
/** A question that holds an alias or everyday phrase of several words whole («måke snø») is about that article. */
export const GROUP_BONUS = 1.2;
/** More than this many held phrases add nothing more. */
const MAX_GROUPS = 2;
/** An aspect word («koster») tells less than a topic word («sykehjem»). */
export const ASPECT_WEIGHT = 0.4;
/** How much the commonest topic word still counts in the share of the question a page answers. */
const MIN_INFORM = 0.2;
/** A light word («mor», «trenger») tells least: who asks, not what answers. */
export const LIGHT_WEIGHT = 0.15;
/** A word describing the situation («etter brudd i hofta») tells what the need is about, not what it is. */
export const CONTEXT_WEIGHT = 0.5;
/** A page about the topic with a section answering the asked aspect comes before one without. */
export const SECTION_BONUS = 1.5;

/**
 * Orders pages by how well they answer all the query words. For each word a page gets its best
 * alias-index score (match quality × field weight × rarity of the word) plus its Pagefind score;
 * the sum is scaled by the share of query words the page answers, so a page that answers
 * "penger" and "passe" and "mor" beats one that only answers "penger". A word counts as fully
 * answered from a score of 1 (about one sure title word, or Pagefind's best page), partly below.
 * Written-together pairs, whole-phrase matches and phrases of several words the query holds
 * (`groupDocs`, see suggest.ts) add on top. Aspect words (see aspects.ts)
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
  groupDocs: ReadonlyMap<number, number> = new Map(),
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
    for (const [doc, score] of matched.answeredBy ?? []) {
      if (score > (best.get(doc)?.score ?? 0)) best.set(doc, { score, named: false, sure: true });
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
  for (const [doc, count] of groupDocs) {
    const entry = page(urlOf(doc), doc);
    entry.bonus += GROUP_BONUS * Math.min(MAX_GROUPS, count);
    entry.named = true;
  }

  // The topic is in the words that are neither aspect, light nor situation; failing those, in the
  // situation and aspect words («mor med demens»: «demens»; «hjelp om natta»: «natta»); failing
  // those too, in all the words.
  const tiers = [(word: MatchedWord) => !word.aspect && !word.light && !word.context, (word: MatchedWord) => !word.light, () => true];
  const tier = tiers.find((isTopic) => words.some(isTopic))!;
  const topical = words.map((word) => tier(word));
  // A rare word («husleia») says more about what the reader wants than a common one («opp», «lite»).
  const informs = words.map((matched, word) =>
    topical[word] ? (vocabulary.stemFrequency.has(stem(matched.key)) ? Math.max(MIN_INFORM, rarity(vocabulary, matched.key)) : 1) : 0,
  );
  const topicWeight = informs.reduce((total, weight) => total + weight, 0);
  const scored = [...pages].map(([url, entry]) => {
    const answered = entry.perWord.reduce((total, score, word) => total + informs[word]! * Math.min(1, score), 0);
    const coverage = topicWeight > 0 ? answered / topicWeight : 1;
    const weightOf = (word: number) =>
      topical[word] || (entry.doc !== undefined && namedAspect[word]!.has(entry.doc))
        ? 1
        : words[word]!.light
          ? LIGHT_WEIGHT
          : words[word]!.context
            ? CONTEXT_WEIGHT
            : ASPECT_WEIGHT;
    const sum = entry.perWord.reduce((total, score, word) => total + score * weightOf(word), 0);
    return { url, entry, coverage, sum };
  });
  // A section answering the asked aspect lifts a page as far as the page is about the topic: a page
  // that only mentions «hjemmesykepleien» is not lifted by its telephone section as the page about it would be.
  const bestSum = Math.max(0, ...scored.map(({ sum }) => sum));
  const ranked = scored.map(({ url, entry, coverage, sum }) => {
    const about = bestSum > 0 ? sum / bestSum : 1;
    const lift = entry.doc !== undefined ? SECTION_BONUS * coverage * about * (aspectLift.get(entry.doc) ?? 0) : 0;
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
