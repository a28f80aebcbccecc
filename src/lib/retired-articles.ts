/**
 * Addresses of retired articles and where they lead (`/from/` → `/to/`): the redirects file that
 * publishing writes beside the book it builds (REDIRECTS_FILE), or content/redirects.json that
 * `npm run content:pull` keeps in git.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { retiredAddresses } from '../core/redirects.ts';

/** The retired articles' slugs and the slugs they lead to. */
function retiredSlugMap(env: NodeJS.ProcessEnv): Record<string, string> {
  const file = resolve(env.REDIRECTS_FILE ?? 'content/redirects.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

export function retiredArticles(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return retiredAddresses(retiredSlugMap(env));
}

/** The slugs of retired articles: addresses that lead elsewhere, which no article may take again. */
export function retiredSlugs(env: NodeJS.ProcessEnv = process.env): Set<string> {
  return new Set(Object.keys(retiredSlugMap(env)));
}
