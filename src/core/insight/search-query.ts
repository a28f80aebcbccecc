/**
 * The form in which a search question is counted: cleaned as the search itself reads it
 * (src/core/search/clean-query.ts), in lower case with the spaces evened out, so «Sykehjem» and
 * «sykehjem » are one question. A question that looks like personal data is not counted under
 * its words at all (personal-data.ts).
 */
import { cleanQuery } from '../search/clean-query.ts';
import { looksLikePersonalData } from './personal-data.ts';

/** Longer questions are counted by their first words: enough to recognise them, and a bounded key. */
export const MAX_COUNTED_QUERY_LENGTH = 100;

/** The question as counted, or undefined when it is empty or looks like personal data (then only the day's total counts it). */
export function countedQuery(raw: string): string | undefined {
  const cleaned = cleanQuery(raw)
    .toLocaleLowerCase('nb')
    // Quotes and punctuation around the words change nothing about what was asked.
    .replace(/^[\s"'«»“”‘’.,:;!?()[\]{}-]+|[\s"'«»“”‘’.,:;!?()[\]{}-]+$/gu, '')
    .replace(/\s+/gu, ' ');
  if (!cleaned || looksLikePersonalData(cleaned)) return undefined;
  const cut = Array.from(cleaned).slice(0, MAX_COUNTED_QUERY_LENGTH).join('').trim();
  return cut || undefined;
}
