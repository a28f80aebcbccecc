import type { AreaSlug } from './areas.ts';
import { letterSlug, type Letter } from './letters.ts';

/** Every public URL is built here, so routes stay stable and consistent. */
export const paths = {
  home: '/',
  article: (slug: string) => `/${slug}/`,
  letter: (letter: Letter) => `/bokstav/${letterSlug(letter)}/`,
  area: (slug: AreaSlug) => `/omrade/${slug}/`,
  areas: '/omrade/',
  search: (query?: string) => (query ? `/sok/?q=${encodeURIComponent(query)}` : '/sok/'),
  /** The server-rendered results page (functions/search): the search forms submit here, so search works without JavaScript. */
  searchResults: (query?: string) => (query ? `/api/sok?q=${encodeURIComponent(query)}` : '/api/sok'),
  suggest: (params: { topic?: string; kind?: string; text?: string } = {}) => {
    const search = new URLSearchParams();
    if (params.topic) search.set('tema', params.topic);
    if (params.kind) search.set('type', params.kind);
    if (params.text) search.set('tekst', params.text);
    const query = search.toString();
    return query ? `/foresla/?${query}` : '/foresla/';
  },
  /** The thank-you page; with the suggestion's id, the API's rendering of it with the stored reference and council. */
  thanks: (receipt?: { id: string }) => (receipt ? `/api/foresla/takk?id=${encodeURIComponent(receipt.id)}` : '/foresla/takk/'),
  /** «Følg forslaget»; with a reference, the API's rendering of it with the status filled in. */
  follow: (reference?: string) => (reference ? `/api/folg?referanse=${encodeURIComponent(reference)}` : '/folg/'),
  /** Where the «Følg forslaget» form is sent. */
  followResults: '/api/folg',
  /** The councils' own page, opened with the council code. */
  council: '/rad/',
  /** Where the councils' page posts the code without JavaScript; answers with the page filled in. */
  councilResults: '/api/council/page',
  /** Where a council without JavaScript opens one text under review (the code in the form). */
  councilReview: '/api/council/page/review',
  /** Where a council without JavaScript sends its statement on that text. */
  councilStatement: '/api/council/page/statement',
  publicAnswers: '/svar-pa-forslag/',
  /** «Bestill boka i posten»: the form, where it posts (the API answers a plain post with 303 or the form and its errors), and its thank-you page. */
  order: '/bestill-boka/',
  orderResults: '/api/orders',
  orderThanks: '/bestill-boka/takk/',
  /** One article on the editors' page, with its revisions and review rounds. */
  editorsArticle: (slug: string) => `/redaksjon/#artikkel/${slug}`,
  /** The article editor with a word readers searched for added to the article's aliases (the insight's «Legg til som søkeord i …»). */
  editorsArticleWithAlias: (slug: string, word: string) => `/redaksjon/#artikkel/${slug}?sokeord=${encodeURIComponent(word)}`,
  /** One suggestion in the editors' queue. */
  editorsSuggestion: (id: string) => `/redaksjon/#forslag/${id}`,
  about: '/om/',
  contact: '/kontakt/',
  privacy: '/personvern/',
  accessibility: '/tilgjengelighet/',
  emergency: '/nar-det-haster/',
  /** The editors' page, and their facts desk: the list and one fact's form. */
  editors: '/redaksjon/',
  factDesk: (id?: string) => (id ? `/redaksjon/fakta/${id}/` : '/redaksjon/fakta/'),
  /** The editors' insight: searches, pages' answers, suggestions' waits. */
  insight: '/redaksjon/innsikt/',
  myPlan: '/min-plan/',
  whoDoesWhat: '/hvem-gjor-hva/',
} as const;

/** Top-level path segments that belong to the site itself and can never be article slugs. */
export const RESERVED_SLUGS = [
  'bokstav',
  'omrade',
  'sok',
  'foresla',
  'forslag',
  'svar-pa-forslag',
  'bestill-boka',
  'om',
  'kontakt',
  'personvern',
  'tilgjengelighet',
  'redaksjon',
  'folg',
  'rad',
  'api',
  'pagefind',
  '_astro',
  '404',
  'min-plan',
  'hvem-gjor-hva',
  'trykk',
  'bok',
  /** The pages the server renderer makes on demand (src/pages/rendered/); never a file of the site. */
  'rendered',
] as const;
