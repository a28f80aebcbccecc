/** The 29 letters of the Norwegian alphabet, in order. */
export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'Æ', 'Ø', 'Å'] as const;
export type Letter = (typeof ALPHABET)[number];

const LETTER_SLUGS: Partial<Record<Letter, string>> = { Æ: 'ae', Ø: 'oe', Å: 'aa' };

/** URL segment of a letter page: "a" … "z", "ae", "oe", "aa". */
export function letterSlug(letter: Letter): string {
  return LETTER_SLUGS[letter] ?? letter.toLowerCase();
}

function letterOrUndefined(word: string): Letter | undefined {
  const first = word.trim().charAt(0).toUpperCase();
  if ((ALPHABET as readonly string[]).includes(first)) return first as Letter;
  const base = first.normalize('NFD').charAt(0);
  return (ALPHABET as readonly string[]).includes(base) ? (base as Letter) : undefined;
}

/** Whether a word can be filed in the A–Å index: the rule the article schema applies to titles and aliases. */
export const startsWithLetter = (word: string): boolean => letterOrUndefined(word) !== undefined;

/** The thumb-index letter a word is filed under; accented letters go under their base letter. */
export function letterOf(word: string): Letter {
  const letter = letterOrUndefined(word);
  if (!letter) throw new Error(`«${word}» begynner ikke med en bokstav i alfabetet`);
  return letter;
}
