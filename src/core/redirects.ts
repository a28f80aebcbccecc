/**
 * Old public addresses and where they live now. Astro writes a meta-refresh page for each (for
 * any static host); the local server and CloudFront answer them with a 301 instead.
 */
import { paths, underBase } from './paths.ts';

export const REDIRECTS: Readonly<Record<string, string>> = {
  // The answers page was /forslag/, one letter from the form /foresla/.
  '/forslag/': paths.publicAnswers,
};

/** The addresses of retired articles and where they lead (`/from/` → `/to/`), from their slugs (`content/redirects.json`). */
export function retiredAddresses(retired: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(retired).map(([from, to]) => [paths.article(from), paths.article(to)]));
}

/**
 * Where an old address moved, for `/old/`, `/old` and `/old/index.html` alike. In a book, each
 * kommune under a prefix (`/levanger/`) has the same old addresses under its prefix, and they move
 * within it: `/levanger/forslag/` → `/levanger/svar-pa-forslag/`.
 */
export function redirectFor(
  pathname: string,
  { moved = REDIRECTS, prefixes = [] }: { moved?: Readonly<Record<string, string>>; prefixes?: readonly string[] } = {},
): string | undefined {
  const directory = pathname.replace(/index\.html$/, '').replace(/\/?$/, '/');
  const prefix = prefixes.find((candidate) => directory.startsWith(candidate));
  if (!prefix) return moved[directory];
  const target = moved[directory.slice(prefix.length - 1)];
  return target && underBase(target, prefix);
}
