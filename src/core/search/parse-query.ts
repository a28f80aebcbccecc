import { isStopWord } from './stop-words.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface ParsedQuery {
  /** The words that carry the topic, each once, in the order typed. */
  words: Token[];
  /** Neighbouring words written together ("taxi kort" → "taxikort"), since compounds are often split by mistake. */
  pairs: Token[];
}

/**
 * Reads what the reader typed. Question words and small words are dropped ("hvordan søker jeg om
 * sykehjem" → søker, sykehjem) unless nothing else is left, so a query is never emptied.
 */
export function parseQuery(text: string): ParsedQuery {
  const tokens = tokenize(text);
  const topical = tokens.filter((token) => !isStopWord(token.key));
  const chosen = topical.length > 0 ? topical : tokens;
  const seen = new Set<string>();
  const words = chosen.filter((token) => !seen.has(token.key) && seen.add(token.key));
  const pairs: Token[] = [];
  for (let i = 1; i < words.length; i++) {
    const key = words[i - 1]!.key + words[i]!.key;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push({ surface: words[i - 1]!.surface + words[i]!.surface, key });
  }
  return { words, pairs };
}
