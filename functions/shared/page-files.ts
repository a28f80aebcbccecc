/**
 * The built pages the API fills in, and the markers it looks for in them. The .astro pages write
 * the same markers (src/pages/foresla/takk/index.astro, src/pages/folg/index.astro,
 * src/pages/rad/index.astro); the
 * browser tests prove the built pages and these agree.
 */
import type { FollowStage } from '../../src/core/suggestions/public-status.ts';

export const THANKS_PAGE = {
  file: 'foresla/takk/index.html',
  receipt: 'data-receipt',
  council: 'data-receipt-council',
  /** An e-mail address was given: a receipt is on its way. */
  email: 'data-receipt-email="receipt"',
  /** …and answers by e-mail were asked for. */
  emailAnswers: 'data-receipt-email="answers"',
  /** Only a phone number: the kommune may call; no SMS. */
  phoneOnly: 'data-receipt-phone',
} as const;

export const FOLLOW_PAGE = {
  file: 'folg/index.html',
  field: '<input id="follow-reference"',
  result: 'data-follow-result',
  stage: (stage: FollowStage) => `data-stage="${stage}"`,
  answer: 'data-follow-answer',
  notFound: 'data-follow-not-found',
  limited: 'data-follow-limited',
} as const;

export const COUNCIL_PAGE = {
  file: 'rad/index.html',
  form: 'data-council-form',
  field: '<input id="council-code"',
  error: 'data-council-error',
  status: 'data-council-status',
  result: 'data-council-result',
  heading: 'data-council-heading',
  suggestions: 'data-council-list',
  reviews: 'data-review-list',
  suggestionsPart: 'data-council-suggestions-part',
  /** «Hva leserne ikke fant»: the month's missed searches and the pages most often answered «nei». */
  insight: 'data-council-insight',
  insightPeriod: 'data-insight-period',
  insightMissed: 'data-insight-missed',
  insightMissedTable: 'data-insight-missed-table',
  insightMissedNone: 'data-insight-missed-none',
  insightPages: 'data-insight-pages',
  insightPagesTable: 'data-insight-pages-table',
  insightPagesNone: 'data-insight-pages-none',
  reviewListPart: 'data-review-list-part',
  reviewView: 'data-review-view',
  reviewHeading: 'data-review-heading',
  reviewIntro: 'data-review-intro',
  /** The version, dates and why the text changed. */
  reviewReason: 'data-review-reason',
  reviewPage: 'data-review-page',
  reviewGiven: 'data-review-given',
  reviewForm: 'data-review-form',
  reviewCode: 'data-review-code',
  reviewId: 'data-review-id',
  reviewLegend: 'data-review-legend',
  reviewError: (field: 'verdict' | 'text') => `data-review-error="${field}"`,
  verdict: (verdict: 'recommend' | 'remarks') => `name="verdict" value="${verdict}"`,
  reviewText: 'aria-describedby="review-text-hint review-text-error"',
  reviewStatus: 'data-review-status',
  backCode: 'data-review-back-code',
  /** The facts `<Local/>` and `<Kommune/>` show, as JSON in an attribute (see src/lib/reader-facts.ts). */
  facts: 'data-facts',
} as const;
