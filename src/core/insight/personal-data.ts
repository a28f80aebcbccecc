/**
 * Whether a search question looks like it holds personal data: a phone number, an account
 * number, a national identity number (fødselsnummer or D-nummer, eleven digits) or an e-mail
 * address. Such a question is never stored, not even counted under its words; only the day's
 * total counts it.
 *
 * Digits count as one run when single spaces, dots or dashes separate them, as people write
 * numbers («22 33 44 55», «010190 12345», «+47 22-33-44-55»), so five or more digits in a row in
 * any of these forms is enough. A year («2026») or a small amount («300 kr») stays under it; a
 * large amount written with a space («12 000 kr») does not: one question too few is better than
 * one phone number kept.
 */

/** Five or more digits (of any script) with at most one space, dot or dash between two of them. */
const DIGIT_RUN = /\p{Nd}(?:[\s.-]?\p{Nd}){4,}/u;

/** Any @, also the full-width and small forms, as an e-mail address needs one. */
const AT_SIGN = /[@\uFF20\uFE6B]/u;

export function looksLikePersonalData(query: string): boolean {
  // Digits of other forms (full-width, circled) are read as the digits they are.
  const plain = query.normalize('NFKC');
  return DIGIT_RUN.test(plain) || AT_SIGN.test(plain);
}
