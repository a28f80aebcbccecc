/**
 * The book's written standard (målform): a property of the kommune (`language` in its config),
 * so the whole book for that kommune – pages, e-mails, the API's messages, the printed book – is
 * in that language. Every text look-up asks `activeLanguage()` when it is read, never when a
 * module loads its JSON, so one process can render for the kommune it is given. Imports nothing:
 * every Lambda bundle carries it.
 */
/** Bokmål and nynorsk, as the BCP 47 tags `<html lang>` and Pagefind take. */
export const LANGUAGES = ['nb', 'nn'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The locale for dates and numbers in each language. */
export const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO' };

let chosen: Language | undefined;
let ofRequest: (() => Language | undefined) | undefined;

/**
 * Where a server that answers several kommuner's requests at once finds the language of the
 * request being answered (functions/shared/request-language.ts keeps it per request); asked
 * before anything else, so each request gets its kommune's målform while another's runs. Only
 * server code sets it: this module imports nothing, so it runs in browsers too.
 */
export function languageOfRequestFrom(source: () => Language | undefined): void {
  ofRequest = source;
}

/** Sets the language texts are read in from now on (the build, per page: the kommune's `language`). */
export function useLanguage(language: Language | undefined): void {
  chosen = language;
}

/**
 * The language texts are read in: the request's (in a book of several kommuner, its kommune's
 * målform; see languageOfRequestFrom); else the one set with useLanguage(); else `BOOK_LANGUAGE` in a
 * process's environment (a Lambda: the CDK app sets it from the kommune's config; the local
 * server and the build set it the same way), so texts a module reads while it loads are right
 * too; else, in a browser, the page's `<html lang>`; else bokmål.
 */
export function activeLanguage(): Language {
  const requested = ofRequest?.();
  if (requested) return requested;
  if (chosen) return chosen;
  const fromEnv = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.BOOK_LANGUAGE;
  if (isLanguage(fromEnv)) return fromEnv;
  const fromPage = (globalThis as { document?: { documentElement?: { lang?: string } } }).document?.documentElement?.lang;
  return isLanguage(fromPage) ? fromPage : 'nb';
}

/** The locale of the active language, for Intl formatters. */
export const activeLocale = (): string => LOCALES[activeLanguage()];
