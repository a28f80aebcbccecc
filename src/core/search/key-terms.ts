import { stem } from './stem.ts';
import { isStopWord } from './stop-words.ts';
import { tokenize } from './tokenize.ts';

export interface TermSource {
  /** Raw MDX body of the article. */
  body: string;
  /** Words already indexed for the article (title, aliases): not repeated as key terms. */
  known: readonly string[];
}

const MIN_LENGTH = 4;

/** The prose of an MDX body: no imports, components, link targets or markdown punctuation. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#*_>`|[\]{}]/g, ' ');
}

/**
 * The words each article's text leans on more than the rest of the book does (TF-IDF over word
 * stems, so "tannlegen" and "tannlege" count as one), spelled as the text spells them most often.
 * They let the alias index fold, decompound and correct body words too, without shipping bodies.
 */
export function keyTerms(sources: readonly TermSource[], perArticle = 12): string[][] {
  const counts = sources.map(({ body }) => {
    const byStem = new Map<string, { count: number; spellings: Map<string, number> }>();
    for (const token of tokenize(proseOf(body))) {
      if (token.key.length < MIN_LENGTH || isStopWord(token.key) || /^\d+$/.test(token.key)) continue;
      const entry = byStem.get(stem(token.key)) ?? { count: 0, spellings: new Map<string, number>() };
      entry.count++;
      entry.spellings.set(token.surface, (entry.spellings.get(token.surface) ?? 0) + 1);
      byStem.set(stem(token.key), entry);
    }
    return byStem;
  });
  const documentFrequency = new Map<string, number>();
  for (const byStem of counts) for (const key of byStem.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);

  return counts.map((byStem, index) => {
    const known = new Set(sources[index]!.known.flatMap((text) => tokenize(text).map((token) => stem(token.key))));
    return [...byStem]
      .filter(([key]) => !known.has(key))
      .map(([key, entry]) => ({
        score: entry.count * Math.log(1 + sources.length / documentFrequency.get(key)!),
        spelling: [...entry.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      }))
      .sort((a, b) => b.score - a.score || a.spelling.localeCompare(b.spelling))
      .slice(0, perArticle)
      .map((term) => term.spelling);
  });
}
