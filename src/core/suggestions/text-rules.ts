/**
 * What counts as text people wrote: characters as a reader counts them, no invisible control
 * characters, no broken UTF-16, and titles that read in the order they were typed. Shared by the
 * API's schemas and the forms.
 */
import { apiText } from '../text/api.ts';

const graphemes = new Intl.Segmenter('nb', { granularity: 'grapheme' });

/** Length in characters as people count them: "å", an emoji, a family emoji or a flag is one. */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

// C0 and C1 control characters except tab, line feed and carriage return, which people do type.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text without control characters nobody types (NUL, ESC, backspace …). */
export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, '');

// Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what follows,
// so "gdp.exe" can show as "exe.pdg" in a list. Marks (U+200E, U+200F) only nudge and stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A one-line text (title, name) without the characters that reorder how it is shown. */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

// In a `u` regex a surrogate pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** False for text with half of a UTF-16 surrogate pair, which no keyboard produces and no store keeps intact. */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);

export const MALFORMED_TEXT_MESSAGE = apiText('text.malformed');
