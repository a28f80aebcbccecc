/**
 * Every page – built or drawn by the server renderer – is read in its kommune's målform: the
 * texts its components look up follow the kommune's `language` (src/core/text/language.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { useLanguage } from './core/text/language.ts';
import { municipality } from './lib/municipality.ts';

export const onRequest = defineMiddleware((_context, next) => {
  useLanguage(municipality().language);
  return next();
});
