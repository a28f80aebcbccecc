import { contextPositions } from './context-words.ts';
import { foldKey } from './fold.ts';
import { isStopWord } from './stop-words.ts';
import { tokenize, type Token } from './tokenize.ts';

/**
 * «kor» is a choir in bokmål and «hvor» in nynorsk and many dialects: before «mykje», «lenge»,
 * «kan», «eg» it asks («kor mykje kostar sjukeheim», «kor kan eg få hjelp»); «kor for eldre» sings.
 */
const ASKING_BEFORE = new Set(
  'mykje mye mange lenge ofte langt lang tid kan skal finn finner får fekk fikk er e går gjer gjør bur bor kjem kommer treng trenger eg æ du me vi ein'
    .split(' ')
    .map(foldKey),
);
function askingWord(token: Token, index: number, tokens: readonly Token[]): Token {
  const next = tokens[index + 1];
  return token.key === 'kor' && next !== undefined && ASKING_BEFORE.has(foldKey(next.surface)) ? { ...token, key: 'hvor' } : token;
}

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
  const situation = contextPositions(text);
  const tokens = tokenize(text)
    .map(askingWord)
    .map((token, index) => (situation.has(index) ? { ...token, context: true as const } : token));
  const topical = tokens.filter((token) => !isStopWord(token.key));
  const chosen = topical.length > 0 ? topical : tokens;
  const seen = new Set<string>();
  // A word said both as the need and as the situation counts as the need.
  const asNeed = new Set(chosen.filter((token) => !token.context).map((token) => token.key));
  const words = chosen
    .filter((token) => !seen.has(token.key) && seen.add(token.key))
    .map((token) => (token.context && asNeed.has(token.key) ? { surface: token.surface, key: token.key } : token));
  const pairs: Token[] = [];
  for (let i = 1; i < words.length; i++) {
    const key = words[i - 1]!.key + words[i]!.key;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push({ surface: words[i - 1]!.surface + words[i]!.surface, key });
  }
  return { words, pairs };
}
