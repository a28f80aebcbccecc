/**
 * Whether an article is long enough on a phone to need «På denne siden» jump links. Measured in
 * Chromium at 375 × 667 px with the site's 20 px text: the header, title and «Kort fortalt» take
 * about two screens, and the article text about 75 words per screen (lists and headings included).
 */
export const WORDS_PER_PHONE_SCREEN = 75;
export const SCREENS_BEFORE_JUMP_LINKS = 6;
const SCREENS_BEFORE_TEXT = 2;

/** Estimated phone screens from the top of the page to the end of the article text. */
export function phoneScreens(words: number): number {
  return SCREENS_BEFORE_TEXT + words / WORDS_PER_PHONE_SCREEN;
}

/** True when the text runs past about six phone screens and has at least three sections to jump to. */
export function needsJumpLinks(words: number, sections: number): boolean {
  return sections >= 3 && phoneScreens(words) > SCREENS_BEFORE_JUMP_LINKS;
}
