/**
 * Matching key for Norwegian words typed on any keyboard.
 *
 * Readers on a borrowed keyboard write "parorende", "paaroerende" or "saerlig"; all must meet
 * "pårørende" and "særlig". Both the book's vocabulary and the query are folded the same way, so
 * the key only has to be consistent, not reversible: æ and "ae" become "ae"; ø, "oe" and "o"
 * become "o"; å, "aa" and "a" become "a". Case and accents (é, ü) are dropped, and so is every
 * character that is not a letter or digit.
 */
export function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[^a-z0-9]/g, '');
}
