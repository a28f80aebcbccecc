/**
 * What counts as text people wrote: characters as a reader counts them and no broken UTF-16
 * (the invisible characters that are removed: ../invisible-characters.ts). Shared by the API's
 * schemas and the forms.
 */
import { apiText } from '../text/api.ts';

const graphemes = new Intl.Segmenter('nb', { granularity: 'grapheme' });

/** Length in characters as people count them: "å", an emoji, a family emoji or a flag is one. */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

// In a `u` regex a surrogate pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** False for text with half of a UTF-16 surrogate pair, which no keyboard produces and no store keeps intact. */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);

export const MALFORMED_TEXT_MESSAGE = apiText('text.malformed');
