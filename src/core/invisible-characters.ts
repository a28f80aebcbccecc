/**
 * Characters nobody sees or types on purpose, removed wherever people's text is kept or echoed
 * (suggestions, names, search questions).
 */

// C0 and C1 control characters except tab, line feed and carriage return, which people do type.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text without control characters nobody types (NUL, ESC, backspace …). */
export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, '');

// Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what follows,
// so "gdp.exe" can show as "exe.pdg" in a list. Marks (U+200E, U+200F) only nudge and stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A one-line text (title, name) without the characters that reorder how it is shown. */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
