/**
 * Whether an article is long enough on a phone to need «På denne siden» jump links. A phone screen
 * with 20 px text holds about 110 words of running text; each heading and list break costs space too.
 */
export const WORDS_PER_PHONE_SCREEN = 110;
export const SCREENS_BEFORE_JUMP_LINKS = 6;
/** Title, «Kort fortalt» and the contact box take about this many screens before and after the text. */
const FIXED_SCREENS = 2;

/** Estimated phone screens of a whole article page. */
export function phoneScreens(words: number, headings: number): number {
  return FIXED_SCREENS + words / WORDS_PER_PHONE_SCREEN + headings * 0.25;
}

/** True when the page runs past about six phone screens and has sections worth jumping to. */
export function needsJumpLinks(words: number, headings: number): boolean {
  return headings >= 3 && phoneScreens(words, headings) > SCREENS_BEFORE_JUMP_LINKS;
}
