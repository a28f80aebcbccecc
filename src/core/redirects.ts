/**
 * Old public addresses and where they live now. Astro writes a meta-refresh page for each (for
 * any static host); the local server and CloudFront answer them with a 301 instead.
 */
import { paths } from './paths.ts';

export const REDIRECTS: Readonly<Record<string, string>> = {
  // The answers page was /forslag/, one letter from the form /foresla/.
  '/forslag/': paths.publicAnswers,
};

/** Where an old address moved, for `/old/`, `/old` and `/old/index.html` alike. */
export function redirectFor(pathname: string): string | undefined {
  const directory = pathname.replace(/index\.html$/, '').replace(/\/?$/, '/');
  return REDIRECTS[directory];
}
