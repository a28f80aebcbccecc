import { fill } from './fill.ts';
import { activeLanguage, type Language } from './language.ts';

/** One namespace of the catalogue: flat dotted keys to texts with `{name}` placeholders. */
export type Texts = Readonly<Record<string, string>>;

export type Lookup<T extends Texts> = (key: keyof T & string, vars?: Record<string, string | number>) => string;

/**
 * Typed look-ups in one namespace, so a Lambda or a browser script carries only the texts it
 * uses and a misspelt key fails the type check. For texts a page passes as data, already in its language.
 */
export function lookup<T extends Texts>(texts: T): Lookup<T> {
  return (key, vars = {}) => fill(texts[key] as string, vars);
}

/**
 * Look-ups in one namespace of every language, read in the active language at each call (see
 * language.ts). Typed by the bokmål texts; every other language must have each of its keys.
 */
export function lookupIn<T extends Texts>(translations: Readonly<Record<Language, T>>): Lookup<T> {
  return (key, vars = {}) => fill(translations[activeLanguage()][key] as string, vars);
}

/** A template cut at its placeholders, for pages that put markup (a link, a local fact) in them. */
export type TemplatePart = string | { name: string };

export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/\{(\w+)\}/)
    .flatMap((part, index): TemplatePart[] => (index % 2 === 1 ? [{ name: part }] : part === '' ? [] : [part]));
}
