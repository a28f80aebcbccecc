import { t } from '../text/t.ts';
import type { IndexedArticle } from './search-documents.ts';

/**
 * The site's own pages that answer questions as articles do, as entries of the alias index:
 * «Kontakt kommunen» (`/kontakt/`) for «ringe kommunen», «sentralbordet», «hvilket nummer».
 * Their slugs are their addresses, reserved in paths.ts so no article can take them.
 */
export function siteSearchEntries(): IndexedArticle[] {
  return [
    {
      slug: 'kontakt',
      title: t('search.entry.contact.title'),
      summary: t('search.entry.contact.summary'),
      area: 'mer-hjelp',
      aliases: t('search.entry.contact.aliases').split('|'),
      body: '',
    },
  ];
}
