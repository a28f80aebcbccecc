/**
 * The pages the server renderer makes on demand (src/pages/rendered/), each from the same .astro
 * components as the static page it stands for, and the data a function hands each one as
 * `Astro.locals`. The function does the work (origin, auth, validation, the domain call); the
 * page only draws what it is given, escaped by Astro.
 */
import type { CouncilReview } from './articles/reviews.ts';
import type { SearchOutcome } from './search/search.ts';
import type { CouncilInsight } from './insight/model.ts';
import type { OrderField } from './orders/schema.ts';
import type { CouncilSuggestion } from './suggestions/council-item.ts';
import type { PublicStatus } from './suggestions/public-status.ts';

/** Where each page lives inside the server renderer (never served as a file). */
export const RENDERED_PAGES = {
  search: '/rendered/sok/',
  thanks: '/rendered/foresla/takk/',
  follow: '/rendered/folg/',
  council: '/rendered/rad/',
  articlePreview: '/rendered/artikkel/',
  order: '/rendered/bestill-boka/',
} as const;

export type RenderedPage = keyof typeof RENDERED_PAGES;

/** The search results for a query, told for the instant `now` (ISO) («Åpent nå», «Stengt nå»). */
export type SearchPageData = { outcome: SearchOutcome; now: string };

/** What the sender's contact data means for them: a receipt by e-mail (and answers, if asked), a call, or nothing. */
export type ThanksContact = 'email' | 'email-answers' | 'phone' | 'none';

export type ThanksPageData = { reference: string; council?: string; contact: ThanksContact };

/** A lookup on «Følg forslaget»: what was typed, and the status, or why there is none. */
export type FollowPageData = { typed: string } & ({ found: PublicStatus } | { missing: 'not-found' | 'limited' });

/** A text under review as the council opens it: the request, the revision and the text readers see now. */
export type OpenedReview = { review: CouncilReview; source: string; liveSource?: string };

/** What the review view shows besides the text: the statement's errors and what was typed, or a line in the status. */
export type ReviewOutcome = {
  errors?: Partial<Record<'verdict' | 'text', string>>;
  typed?: { verdict?: string; text?: string };
  status?: string;
};

/**
 * The councils' page /rad/ after a form was posted: the code form with its error (the code as
 * typed kept in the field), the council's lists, or one text under review. The code travels in
 * the forms' hidden fields, never in an address.
 */
export type CouncilPageData =
  | { view: 'code'; typed: string; error: string }
  | {
      view: 'list';
      council: string;
      code: string;
      suggestions: CouncilSuggestion[];
      reviews: CouncilReview[];
      /** Why the council was brought back to its list (a text it could not open). */
      notice?: string;
      /** «Hva leserne ikke fant» of the last month, or `failed` when the numbers could not be had. */
      insight: CouncilInsight | 'failed';
    }
  | { view: 'review'; council: string; code: string; opened: OpenedReview; outcome: ReviewOutcome };

/** «Bestill boka i posten» sent back: what was typed, field by field, with a problem per field, or one general problem. */
export type OrderPageData = {
  typed: Record<string, string>;
  errors?: Partial<Record<OrderField, string>>;
  problem?: 'too-many' | 'technical';
};

/** An article revision as readers would see it, for the editors' preview; `slug` when the article has an address already. */
export type ArticlePreviewData = { source: string; slug?: string };

export type RenderedPageData = {
  search: SearchPageData;
  thanks: ThanksPageData;
  follow: FollowPageData;
  council: CouncilPageData;
  articlePreview: ArticlePreviewData;
  order: OrderPageData;
};

/** The folder beside a Lambda function's bundle that holds the server renderer, for the routes that render pages. */
export const SERVER_RENDERER_DIR = 'server';

/** The folder of a Lambda bundle that holds one kommune's site files and renderer in a book of several kommuner (infra/built-sites.ts puts them there). */
export const bundleKommuneDir = (kommune: string): string => kommune;

/** The server-side folder of a built site: Astro writes the server renderer beside the static files, never among them. */
export const serverDirFor = (siteDir: string): string => `${siteDir.replace(/[\\/]+$/, '')}-server`;
