import type { AreaSlug } from './areas.ts';
import { letterSlug, type Letter } from './letters.ts';

/**
 * The folder the kommune's pages are served under: '/' for a kommune on its own, its prefix
 * ('/levanger/') for a kommune in a book (src/core/schemas/book.ts). Vite fixes it when it builds the
 * pages and browser scripts (Astro's `base`); in functions, tools and tests it is '/'.
 */
export const SITE_BASE: string = builtBase();

function builtBase(): string {
  try {
    // Vite writes the base in here as text; where nothing built the file, import.meta.env is not there.
    return import.meta.env.BASE_URL || '/';
  } catch {
    return '/';
  }
}

/** The query parameter (and hidden field of a GET form) that names the kommune in a book's API addresses (functions/shared/request-kommune.ts). */
export const KOMMUNE_PARAMETER = 'kommune';

/** Written in as text by Vite when it builds the pages and browser scripts (astro.config.mjs `define`); nowhere else. */
declare const __SITE_KOMMUNE__: string | undefined;

/**
 * The kommune of a book the pages are built for, which every API address they build names; ''
 * for a kommune on its own. Vite writes it in like the base; in functions, tools and tests
 * nothing does, so it is '', and a function names the request's kommune itself.
 */
export const SITE_KOMMUNE: string = typeof __SITE_KOMMUNE__ === 'string' ? __SITE_KOMMUNE__ : '';

/** An API address that names `kommune` (`?kommune=verdal`, `&kommune=` after a query); unchanged for a kommune on its own. */
export const withKommune = (address: string, kommune: string | undefined = SITE_KOMMUNE): string =>
  kommune ? `${address}${address.includes('?') ? '&' : '?'}${KOMMUNE_PARAMETER}=${encodeURIComponent(kommune)}` : address;

/** A page's path under a base: unchanged under '/', so a kommune on its own builds as it always did. */
export const underBase = (path: string, base: string = SITE_BASE): string => (base === '/' ? path : `${base.replace(/\/$/, '')}${path}`);

/** A path the browser shows, with the base taken off: the page's own path within the kommune's site. */
export const withoutBase = (pathname: string, base: string = SITE_BASE): string =>
  base !== '/' && pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;

/** A link as an author wrote it: a page of the site ('/sykehjem/') goes under the base, any other address stays. */
export const siteHref = (url: string): string => (url.startsWith('/') && !url.startsWith('//') ? underBase(url) : url);

const page = (path: string) => underBase(path);

/** The insight's counter of searches: the script's beacons and the results page's pings. */
const SEARCH_BEACON = '/api/insight/search';

/**
 * Every public URL is built here, so routes stay stable and consistent. The API's addresses
 * (`/api/…`) are the book's, never under a base; in a book each names the pages' kommune.
 */
export const paths = {
  home: page('/'),
  article: (slug: string) => page(`/${slug}/`),
  letter: (letter: Letter) => page(`/bokstav/${letterSlug(letter)}/`),
  area: (slug: AreaSlug) => page(`/omrade/${slug}/`),
  areas: page('/omrade/'),
  search: (query?: string) => page(query ? `/sok/?q=${encodeURIComponent(query)}` : '/sok/'),
  /** The server-rendered results page (functions/search): the search forms submit here, so search works without JavaScript. */
  searchResults: (query?: string) => withKommune(query ? `/api/sok?q=${encodeURIComponent(query)}` : '/api/sok'),
  /**
   * Where a browser without JavaScript pings when the reader opens a result of the results page
   * (`<a ping>`), so the insight knows the search found something; the search script takes the
   * pings off and counts openings itself.
   */
  searchOpened: (query: string) => withKommune(`${SEARCH_BEACON}?q=${encodeURIComponent(query)}`),
  /** Where the search script sends its beacons: a search the reader saw, and a result she opened. */
  searchBeacon: withKommune(SEARCH_BEACON),
  suggest: (params: { topic?: string; kind?: string; text?: string } = {}) => {
    const search = new URLSearchParams();
    if (params.topic) search.set('tema', params.topic);
    if (params.kind) search.set('type', params.kind);
    if (params.text) search.set('tekst', params.text);
    const query = search.toString();
    return page(query ? `/foresla/?${query}` : '/foresla/');
  },
  /**
   * The thank-you page; with the suggestion's id, the API's rendering of it with the stored reference
   * and council, for `kommune` (a function names the request's; pages their own).
   */
  thanks: (receipt?: { id: string }, kommune?: string) =>
    receipt ? withKommune(`/api/foresla/takk?id=${encodeURIComponent(receipt.id)}`, kommune) : page('/foresla/takk/'),
  /** «Følg forslaget»; with a reference, the API's rendering of it with the status filled in. */
  follow: (reference?: string) => (reference ? withKommune(`/api/folg?referanse=${encodeURIComponent(reference)}`) : page('/folg/')),
  /** Where the «Følg forslaget» form is sent (a GET form: its kommune goes in a hidden field, components/kommune-field.astro). */
  followResults: withKommune('/api/folg'),
  /** Where the suggestion form and «Stemmer ikke dette?» post, and where «Fant du det du lette etter?» posts. */
  suggestionsApi: withKommune('/api/suggestions'),
  feedbackApi: withKommune('/api/feedback'),
  /** The councils' own page, opened with the council code. */
  council: page('/rad/'),
  /** Where the councils' page posts the code without JavaScript; answers with the page filled in. */
  councilResults: withKommune('/api/council/page'),
  /** Where a council without JavaScript opens one text under review (the code in the form). */
  councilReview: withKommune('/api/council/page/review'),
  /** Where a council without JavaScript sends its statement on that text. */
  councilStatement: withKommune('/api/council/page/statement'),
  publicAnswers: page('/svar-pa-forslag/'),
  /** «Bestill boka i posten»: the form, where it posts (the API answers a plain post with 303 or the form and its errors), and its thank-you page. */
  order: page('/bestill-boka/'),
  orderResults: withKommune('/api/orders'),
  orderThanks: page('/bestill-boka/takk/'),
  /** One article on the editors' page, with its revisions and review rounds. */
  editorsArticle: (slug: string) => page(`/redaksjon/#artikkel/${slug}`),
  /** The article editor with a word readers searched for added to the article's aliases (the insight's «Legg til som søkeord i …»). */
  editorsArticleWithAlias: (slug: string, word: string) => page(`/redaksjon/#artikkel/${slug}?sokeord=${encodeURIComponent(word)}`),
  /** One suggestion in the editors' queue. */
  editorsSuggestion: (id: string) => page(`/redaksjon/#forslag/${id}`),
  about: page('/om/'),
  contact: page('/kontakt/'),
  privacy: page('/personvern/'),
  accessibility: page('/tilgjengelighet/'),
  emergency: page('/nar-det-haster/'),
  /** The editors' page, and their facts desk: the list and one fact's form. */
  editors: page('/redaksjon/'),
  factDesk: (id?: string) => page(id ? `/redaksjon/fakta/${id}/` : '/redaksjon/fakta/'),
  /** The local parts desk (a book of several kommuner): the national articles' slots, and the form for one slot. */
  localPartsDesk: (slug?: string, slot?: string) => page(slug && slot ? `/redaksjon/lokalt/${slug}/${slot}/` : '/redaksjon/lokalt/'),
  /** The local parts API's reads: every slot with the kommune's text, or one slot with its versions. */
  localPartsApi: (part?: { slug: string; slot: string }) =>
    part ? `/api/moderation/local-parts?${new URLSearchParams(part).toString()}` : '/api/moderation/local-parts',
  /** Where one slot's text is saved. */
  localPartSaveApi: (slug: string, slot: string) => `/api/moderation/local-parts/${encodeURIComponent(slug)}/${encodeURIComponent(slot)}`,
  /** The editors' insight: searches, pages' answers, suggestions' waits. */
  insight: page('/redaksjon/innsikt/'),
  myPlan: page('/min-plan/'),
  whoDoesWhat: page('/hvem-gjor-hva/'),
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
