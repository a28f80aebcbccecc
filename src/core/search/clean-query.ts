/**
 * A search question as the reader typed it, on one line: invisible control and reordering
 * characters out (the results page echoes the question), cut at a character, never inside one.
 * The results page on the server and the search script in the browser read `?q=` the same way.
 */
import { withoutBidiControls, withoutControlCharacters } from '../invisible-characters.ts';

/** Longer questions are cut here: enough for any real question, bounded work per request. */
export const MAX_QUERY_LENGTH = 200;

export function cleanQuery(raw: string): string {
  const oneLine = withoutBidiControls(withoutControlCharacters(raw)).replace(/\s+/g, ' ').trim();
  return Array.from(oneLine).slice(0, MAX_QUERY_LENGTH).join('').trim();
}
