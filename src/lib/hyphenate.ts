/**
 * Soft hyphens (U+00AD) in long Norwegian words, at build time. Headings use `hyphens: auto`,
 * but Chromium on Linux and Windows has no Norwegian dictionary, so «Hverdagsrehabilitering»
 * would break mid-word without a hyphen on a phone; with soft hyphens every browser breaks it
 * at a syllable and shows the hyphen. Short words are left alone.
 */
import nb from 'hyphen/nb/index.js';

/** Words shorter than this fit on a 320 px line in a heading. */
const MIN_WORD_LENGTH = 11;

export const softHyphens = (text: string): string => nb.hyphenateSync(text, { minWordLength: MIN_WORD_LENGTH });
