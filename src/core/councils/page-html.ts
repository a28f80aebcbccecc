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
  if (review.replacedBy !== undefined) return fill(texts.replaced, { version: review.replacedBy });
  if (review.closedAt !== undefined) return fill(texts.published, { date: norwegianDate(review.closedAt) });
  if (!review.statement) return texts.open;
  return fill(review.statement.verdict === 'recommend' ? texts.recommended : texts.hadRemarks, { date: reviewDay(review.statement.at) });
}

/** «Versjon 3 · sendt 1. desember 2026 · svarfrist 15. desember 2026». */
const reviewMeta = (review: CouncilReview, texts: CouncilReviewTexts): string =>
  escapeHtml(fill(texts.meta, { version: review.version, sent: norwegianDate(review.requestedAt), deadline: reviewDay(review.deadline) }));

/** Why the text changed: the editors' note, and the suggestion behind it with its words where the sender allowed it. */
export function reviewReasonHtml(review: CouncilReview, texts: CouncilReviewTexts): string {
  const reason = review.reason;
  if (!reason) return '';
  let html = reason.note ? paragraph('council-item__reason', escapeHtml(fill(texts.reasonNote, { note: reason.note }))) : '';
  const suggestion = reason.suggestion;
  if (suggestion) {
    const kind = texts.kinds[suggestion.kind];
    const line = suggestion.reference
      ? escapeHtml(fill(texts.reasonSuggestion, { kind })).replace('{reference}', referenceHtml(suggestion.reference))
      : escapeHtml(fill(texts.reasonSuggestionUnnamed, { kind }));
    html += paragraph('council-item__reason', line);
    if (suggestion.text !== undefined) {
      html +=
        paragraph('council-item__reason', escapeHtml(texts.reasonWords)) +
        `<blockquote class="council-item__text">${escapeHtml(suggestion.text)}</blockquote>`;
    }
  }
  return html;
}

/** Above a text under review: its version and dates, and why it changed. */
export const reviewAboutHtml = (review: CouncilReview, texts: CouncilReviewTexts): string =>
  paragraph('hint', reviewMeta(review, texts)) + reviewReasonHtml(review, texts);

/**
 * One review request; `action` is the markup that opens it (the script's button, or the server's
 * form). A request replaced by a newer version is one line, without the way to open it.
 */
export function councilReviewHtml(review: CouncilReview, texts: CouncilReviewTexts, action: string): string {
  const title = `<h3 class="council-item__title">${escapeHtml(review.title)}</h3>`;
  const state = paragraph('follow-stage', escapeHtml(reviewState(review, texts)));
  if (review.replacedBy !== undefined)
    return `<li class="council-item council-item--replaced">${title}${state}${paragraph('hint', reviewMeta(review, texts))}</li>`;
  return `<li class="council-item">${title}${state}${paragraph('hint', reviewMeta(review, texts))}${reviewReasonHtml(review, texts)}${action}</li>`;
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

/**
 * What the review view shows about the statement: the one given (with why it can no longer change,
 * if so), and whether the form is there to give or change it, under which legend.
 */
export function statementPart(
  review: CouncilReview,
  texts: CouncilReviewTexts,
  council: string,
): { given: string; formShown: boolean; legend: string } {
  const given = review.statement ? statementHtml(review.statement, texts) : '';
  if (review.replacedBy !== undefined)
    return { given: given + paragraph('notice', escapeHtml(texts.replacedHint)), formShown: false, legend: '' };
  if (review.closedAt !== undefined) return { given: given + paragraph('hint', escapeHtml(texts.closed)), formShown: false, legend: '' };
  if (!review.statement) return { given, formShown: true, legend: fill(texts.legend, { council }) };
  return { given: given + paragraph('hint', escapeHtml(texts.changeHint)), formShown: true, legend: fill(texts.changeLegend, { council }) };
}

/** The statement a council gave, shown above the form (or in its place once it can no longer change). */
export function statementHtml(statement: ReviewStatement, texts: CouncilReviewTexts): string {
  const verdict = statement.verdict === 'recommend' ? texts.recommend : texts.remarks;
  return (
    `<blockquote class="council-statement"><p>${escapeHtml(fill(texts.given, { council: statement.council, date: reviewDay(statement.at), verdict }))}</p>` +
    (statement.text ? paragraph('council-item__text', escapeHtml(statement.text)) : '') +
    '</blockquote>'
  );
}
