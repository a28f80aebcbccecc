/**
 * The content rules a kommune's local part must keep before it is saved: the rules of the
 * articles that apply to a few plain paragraphs. It is shown as plain text (local-part.astro), so
 * markup would be shown as written and is refused; and it keeps the plain-language bar (LIX, hard
 * words, the kommune's målform). Each problem names the field, for the form to put it beside.
 */
import { LIMITS } from '../content-lint.ts';
import { lixOf } from '../lix.ts';
import { contentText } from '../text/content.ts';
import type { Language } from '../text/language.ts';
import { localText } from '../text/local.ts';
import { hardWords, otherStandardForms } from '../written-standard.ts';

/** The longest text a slot takes (checked where the request comes in): a few short paragraphs, not an article of its own. */
export const LOCAL_PART_MAX = 2000;

/** Below this many words LIX says nothing about how hard a text is to read. */
const LIX_MIN_WORDS = 20;

/** Tags (`<b>`, `</p>`, `<!--`) and MDX expressions (`{…}`). */
const MARKUP = /<[a-zA-Z/!]|[{}]/;

export type LocalPartProblem = { path: 'text'; message: string };

/** What is wrong with `text` (already trimmed) in a kommune writing `language`; empty text (the paragraph taken away) has nothing wrong. */
export function checkLocalPartText(text: string, language: Language): LocalPartProblem[] {
  if (text === '') return [];
  const messages: string[] = [];
  if (MARKUP.test(text)) messages.push(localText('error.markup'));
  const { words, lix } = lixOf(text);
  if (words >= LIX_MIN_WORDS && lix > LIMITS.maxLix) messages.push(contentText('lint.lix', { lix, max: LIMITS.maxLix }));
  for (const word of otherStandardForms(text, language))
    messages.push(contentText('lint.otherStandard', { word, language: contentText(`language.${language}`) }));
  for (const { word, plain } of hardWords(text, language)) messages.push(contentText('lint.hardWord', { word, plain }));
  return messages.map((message) => ({ path: 'text', message }));
}
