import { fill } from './fill.ts';

/** One namespace of the catalogue: flat dotted keys to texts with `{name}` placeholders. */
export type Texts = Readonly<Record<string, string>>;

export type Lookup<T extends Texts> = (key: keyof T & string, vars?: Record<string, string | number>) => string;

/**
 * Typed look-ups in one namespace, so a Lambda or a browser script carries only the texts it
 * uses and a misspelt key fails the type check.
 */
export function lookup<T extends Texts>(texts: T): Lookup<T> {
  return (key, vars = {}) => fill(texts[key] as string, vars);
}

/** A template cut at its placeholders, for pages that put markup (a link, a local fact) in them. */
export type TemplatePart = string | { name: string };

export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/\{(\w+)\}/)
    .flatMap((part, index): TemplatePart[] => (index % 2 === 1 ? [{ name: part }] : part === '' ? [] : [part]));
}
