/**
 * The language of the request (or scheduled run) being served, kept per request: in a book whose
 * kommuner write different målformer, one process may answer a Voss request in nynorsk while a
 * Jevnaker one is answered in bokmål (the local server serves many at once; a Lambda one at a
 * time). Every text look-up asks for it through src/core/text/language.ts. A kommune on its own
 * never sets one, and texts follow its BOOK_LANGUAGE as before.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { languageOfRequestFrom, type Language } from '../../src/core/text/language.ts';

const current = new AsyncLocalStorage<{ language?: Language }>();

languageOfRequestFrom(() => current.getStore()?.language);

/** Runs `work` in a scope of its own, whose language answerIn() sets once it is known (the pipeline: after the kommune). */
export const inRequestScope = <T>(work: () => Promise<T>): Promise<T> => current.run({}, work);

/** From now on, what the current scope reads is in `language` (none: the process's language). */
export function answerIn(language: Language | undefined): void {
  const scope = current.getStore();
  if (scope && language) scope.language = language;
}

/** Runs `work` with its texts in `language` (none: the process's language). */
export const inLanguage = <T>(language: Language | undefined, work: () => Promise<T>): Promise<T> =>
  current.run(language ? { language } : {}, work);
