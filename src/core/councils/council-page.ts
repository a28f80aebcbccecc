/**
 * What the councils' page /rad/ says about a council's suggestions and the texts it is asked to
 * review, as plain texts from the catalogue (src/components/council/ draws them): the lines of a
 * request, why a text changed, and what the statement part offers. One place for the rules, so
 * the list and the review view say the same.
 */
import suggest from '../text/nb/suggest.json' with { type: 'json' };
import suggestNn from '../text/nn/suggest.json' with { type: 'json' };
import { lookupIn } from '../text/lookup.ts';
import { norwegianDate } from '../norwegian-date.ts';
import type { CouncilReview } from '../articles/reviews.ts';

const text = lookupIn({ nb: suggest, nn: suggestNn });

/** How many of its suggestions, newest first, the page shows a council (the API's largest page). */
export const COUNCIL_LIST_LIMIT = 100;

/** A deadline is a day (YYYY-MM-DD), read at noon so it is the same day in Norway. */
export const reviewDay = (value: string): string => norwegianDate(value.length === 10 ? `${value}T12:00:00Z` : value);

/** The line under the code form once it is accepted: how many suggestions, or that there are none. */
export const councilCountText = (count: number): string => (count === 0 ? text('council.none') : text('council.count', { count }));

/** Where a request stands: waiting, answered (how), published or replaced by a newer version. */
export function reviewStateText(review: CouncilReview): string {
  if (review.replacedBy !== undefined) return text('council.reviews.replaced', { version: review.replacedBy });
  if (review.closedAt !== undefined) return text('council.reviews.published', { date: norwegianDate(review.closedAt) });
  if (!review.statement) return text('council.reviews.open');
  const date = reviewDay(review.statement.at);
  return review.statement.verdict === 'recommend'
    ? text('council.reviews.recommended', { date })
    : text('council.reviews.hadRemarks', { date });
}

/** «Versjon 3 · sendt 1. desember 2026 · svarfrist 15. desember 2026». */
export const reviewMetaText = (review: CouncilReview): string =>
  text('council.reviews.meta', { version: review.version, sent: norwegianDate(review.requestedAt), deadline: reviewDay(review.deadline) });

/** «Uttalelse fra Eldrerådet, 3. desember 2026: Vi har merknader». */
export function statementGivenText(statement: NonNullable<CouncilReview['statement']>): string {
  const verdict = statement.verdict === 'recommend' ? text('council.reviews.recommend') : text('council.reviews.remarks');
  return text('council.reviews.given', { council: statement.council, date: reviewDay(statement.at), verdict });
}

/**
 * What the review view offers for the statement: the form to give it (`legend`) or to change it,
 * or a line saying why it can no longer change (`after`, under the statement given).
 */
export type StatementPart =
  | { form: true; legend: string; after?: { kind: 'hint'; text: string } }
  | { form: false; after: { kind: 'hint' | 'notice'; text: string } };

export function statementPart(review: CouncilReview, council: string): StatementPart {
  if (review.replacedBy !== undefined) return { form: false, after: { kind: 'notice', text: text('council.reviews.replacedHint') } };
  if (review.closedAt !== undefined) return { form: false, after: { kind: 'hint', text: text('council.reviews.closed') } };
  if (!review.statement) return { form: true, legend: text('council.reviews.legend', { council }) };
  return {
    form: true,
    legend: text('council.reviews.changeLegend', { council }),
    after: { kind: 'hint', text: text('council.reviews.changeHint') },
  };
}

/** What the page says beside the field when POST /api/council/page gets no code, or gets it in the address. */
export function councilCodeErrors(): { missing: string; inAddress: string } {
  return { missing: text('council.codeMissing'), inAddress: text('council.codeInAddress') };
}

/** The status line after a statement was sent, or changed. */
export const statementSentText = (changed: boolean): string => (changed ? text('council.reviews.changed') : text('council.reviews.sent'));
