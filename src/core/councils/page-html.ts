/**
 * The lists on /rad/ as HTML, written by the same code whether the page's script renders them or
 * POST /api/council/page does for a council without JavaScript, so both show the same words and stages.
 * Every text from the API is escaped here.
 */
import type { CouncilReview, ReviewStatement } from '../articles/reviews.ts';
import { escapeHtml } from '../escape-html.ts';
import { norwegianDate } from '../norwegian-date.ts';
import { paths } from '../paths.ts';
import type { CouncilSuggestion } from '../suggestions/council-item.ts';
import { followStage } from '../suggestions/public-status.ts';
import { fill } from '../text/fill.ts';
import type { CouncilPageTexts, CouncilReviewTexts } from './page-texts.ts';

/** How many of its suggestions, newest first, the page shows a council (the API's largest page). */
export const COUNCIL_LIST_LIMIT = 100;

/** A deadline is a day (YYYY-MM-DD), read at noon so it is the same day in Norway. */
export const reviewDay = (value: string): string => norwegianDate(value.length === 10 ? `${value}T12:00:00Z` : value);

const paragraph = (className: string, content: string) => `<p class="${className}">${content}</p>`;

/** A reference that never breaks across lines (see .reference in global.css). */
const referenceHtml = (reference: string) => `<span class="reference">${escapeHtml(reference)}</span>`;

export function councilSuggestionHtml(item: CouncilSuggestion, texts: CouncilPageTexts): string {
  const stage = followStage(item.status, item.changedPage !== undefined);
  let stageLine = escapeHtml(texts.stages[stage]);
  if (stage === 'published' && item.changedPage) {
    stageLine += ` – <a href="${escapeHtml(paths.article(item.changedPage))}">${escapeHtml(texts.pageLink)}</a>`;
  }
  const meta = [escapeHtml(fill(texts.sent, { date: norwegianDate(item.createdAt) }))];
  if (item.reference) meta.push(escapeHtml(texts.reference).replace('{reference}', referenceHtml(item.reference)));
  return (
    `<li class="council-item"><h3 class="council-item__title">${escapeHtml(item.title ?? texts.kinds[item.kind])}</h3>` +
    paragraph('follow-stage', stageLine) +
    paragraph('hint', meta.join(' · ')) +
    paragraph('council-item__text', escapeHtml(item.text)) +
    (item.answer ? paragraph('council-item__answer', escapeHtml(fill(texts.answer, { answer: item.answer }))) : '') +
    '</li>'
  );
}

/** The live line under the form: how many suggestions, or that there are none. */
export const councilCountText = (count: number, texts: CouncilPageTexts): string =>
  count === 0 ? texts.none : fill(texts.count, { count });

function reviewState(review: CouncilReview, texts: CouncilReviewTexts): string {
  if (!review.statement) return texts.open;
  return fill(review.statement.verdict === 'recommend' ? texts.recommended : texts.hadRemarks, { date: reviewDay(review.statement.at) });
}

/** One review request; `action` is the markup that opens it (the script's button, or the server's form). */
export function councilReviewHtml(review: CouncilReview, texts: CouncilReviewTexts, action: string): string {
  return (
    `<li class="council-item"><h3 class="council-item__title">${escapeHtml(review.title)}</h3>` +
    paragraph('follow-stage', escapeHtml(reviewState(review, texts))) +
    paragraph('hint', escapeHtml(fill(texts.deadline, { date: reviewDay(review.deadline) }))) +
    action +
    '</li>'
  );
}

/** The whole review list: the requests, or one line saying there are none. */
export function councilReviewListHtml(
  reviews: readonly CouncilReview[],
  texts: CouncilReviewTexts,
  action: (review: CouncilReview) => string,
): string {
  if (reviews.length === 0) return `<li>${escapeHtml(texts.none)}</li>`;
  return reviews.map((review) => councilReviewHtml(review, texts, action(review))).join('');
}

/** The statement a council gave, shown in place of the form. */
export function statementHtml(statement: ReviewStatement, texts: CouncilReviewTexts): string {
  const verdict = statement.verdict === 'recommend' ? texts.recommend : texts.remarks;
  return (
    `<blockquote class="council-statement"><p>${escapeHtml(fill(texts.given, { council: statement.council, date: reviewDay(statement.at), verdict }))}</p>` +
    (statement.text ? paragraph('council-item__text', escapeHtml(statement.text)) : '') +
    '</blockquote>'
  );
}
