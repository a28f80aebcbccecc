import { bokmalKey } from './dialect.ts';
import { foldKey } from './fold.ts';

/** One word of a text: as written (lower case, for showing and for Pagefind) and as matching key (folded, in bokmål). */
export interface Token {
  surface: string;
  key: string;
  /** True for the joined form of a hyphenated word ("ttkort" from "TT-kort"). */
  joined?: true;
  /** True for a word of a query that describes the situation, not what is asked for (see context-words.ts). */
  context?: true;
}

/**
 * Words that folding would make another common word: «dø» (die) folds to «do» (the toilet), so
 * «vil dø hjemme» would meet «hjelp på do». They get the key of their nynorsk twin («døy») instead.
 */
const KEPT_APART: Readonly<Record<string, string>> = { dø: 'doy' };

/** The matching key of one word: folded (see fold.ts), nynorsk and dialect forms in bokmål (see dialect.ts). */
export const wordKey = (word: string): string => KEPT_APART[word.toLocaleLowerCase('nb')] ?? bokmalKey(foldKey(word));

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * Splits text into words. A hyphenated word ("TT-kort") gives its parts and, after them, the
 * joined form ("ttkort"), because readers write it both ways.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.toLocaleLowerCase('nb').normalize('NFC').matchAll(WORD)) {
    const parts = match[0].split('-');
    for (const part of parts) tokens.push({ surface: part, key: wordKey(part) });
    if (parts.length > 1) tokens.push({ surface: parts.join(''), key: wordKey(parts.join('')), joined: true });
  }
  return tokens.filter((token) => token.key.length > 0);
}
