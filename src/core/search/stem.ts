/**
 * Light stemming of a folded Norwegian word (see fold.ts), for matching only: "sykehjemmet",
 * "sykehjemmene" and "sykehjems" all become "sykehjem"; "fullmakter" becomes "fullmakt".
 *
 * It strips one inflection ending (definite and plural forms, genitive -s), then a final double
 * consonant, so that "hjemmet" meets "hjem" and "plassen" meets "plass". Stems are keys, not words:
 * they are never shown.
 */
const SUFFIXES = ['ene', 'ane', 'ens', 'ets', 'ers', 'er', 'en', 'et', 'es', 'ar', 'a', 'e', 's'] as const;
const MIN_STEM = 3;
const VOWELS = new Set('aeiouy');
/** The noun made of a verb: «snømåking», «dusjing», «trening» meet «måke», «dusje», «trene». */
const VERBAL_NOUN = 'ing';
/** Stems whose single consonant would make them another word: «legge» is not «lege». */
const KEEP_DOUBLE = new Set(['legg']);

export function stem(key: string): string {
  let result = key;
  for (const suffix of SUFFIXES) {
    if (result.endsWith(suffix) && result.length - suffix.length >= MIN_STEM) {
      result = result.slice(0, -suffix.length);
      break;
    }
  }
  if (result.endsWith(VERBAL_NOUN) && result.length - VERBAL_NOUN.length >= MIN_STEM) result = result.slice(0, -VERBAL_NOUN.length);
  const last = result.at(-1);
  if (last && result.length > MIN_STEM && last === result.at(-2) && !VOWELS.has(last) && !KEEP_DOUBLE.has(result))
    result = result.slice(0, -1);
  return result;
}
