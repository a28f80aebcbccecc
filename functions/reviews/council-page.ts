/**
 * The councils' page /rad/ as the API renders it for councils without JavaScript: the built page
 * is the template, filled with the renderers the page's script uses. The code comes in each form's
 * body (a hidden field once it is accepted), never in the address: it is a credential.
 */
import { councilByCode } from '../shared/council-route.ts';
import { withBook } from '../shared/book/with-book.ts';
import { councilReviews } from './reviews.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { clientAddress } from '../shared/client-address.ts';
import { CouncilCodeGuessesError, CouncilUnauthorizedError, NotFoundError, UnsupportedMediaTypeError } from '../shared/errors.ts';
import { authenticatedBy, type RouteLogic } from '../shared/handler.ts';
import { html, parseBody, type APIGatewayProxyResultV2 } from '../shared/http.ts';
import { sitePage, siteDirOf } from '../shared/built-site.ts';
import type { ReaderFacts } from '../../src/core/articles/article-html.ts';
import type { ReviewStatement } from '../../src/core/articles/reviews.ts';
import {
  COUNCIL_LIST_LIMIT,
  councilCountText,
  councilReviewListHtml,
  councilSuggestionHtml,
  reviewAboutHtml,
  statementPart,
} from '../../src/core/councils/page-html.ts';
import { councilCodeErrors, councilPageTexts, councilReviewTexts } from '../../src/core/councils/page-texts.ts';
import { reviewPageHtml, type Opened } from '../../src/core/councils/review-page-html.ts';
import { escapeHtml } from '../../src/core/escape-html.ts';
import { paths } from '../../src/core/paths.ts';
import { toCouncilSuggestion } from '../../src/core/suggestions/council-item.ts';
import { COUNCIL_CODE_MAX } from '../../src/core/suggestions/limits.ts';
import type { Council } from '../../src/core/suggestions/types.ts';
import { fill } from '../../src/core/text/fill.ts';
import { addAttributes, attributeJson, fillElement, reveal } from '../shared/built-page.ts';
import { COUNCIL_PAGE } from '../shared/page-files.ts';
import { suggestionListsOf } from '../shared/storage/parts.ts';
import { councilInsight } from '../shared/insight/council-month.ts';
import { dayOf, monthUpTo } from '../../src/core/insight/days.ts';
import type { CouncilInsight } from '../../src/core/insight/model.ts';
import { norwegianDate } from '../../src/core/norwegian-date.ts';
import { insightText } from '../../src/core/text/insight.ts';

const texts = councilPageTexts();
const reviewTexts = councilReviewTexts();
const codeErrors = councilCodeErrors();

/** A posted form from /rad/ whose code belongs to an active council. */
export type CouncilForm = { ctx: AppContext; template: string; council: Council; code: string; fields: Record<string, string> };

/** The page with `message` beside the code field, which keeps what was typed. */
function refused(template: string, typed: string, message: string): string {
  let page = addAttributes(template, COUNCIL_PAGE.field, { value: typed, 'aria-invalid': 'true' });
  page = reveal(page, COUNCIL_PAGE.error);
  return fillElement(page, COUNCIL_PAGE.error, escapeHtml(message));
}

/**
 * Route logic for a form on /rad/: refuses a query string (400) and a missing code (400), answers
 * a wrong or revoked code with the code form and its error (401), and hands the rest to `logic`.
 * A text the council cannot open (withdrawn, or an id that was tampered with) brings it back to
 * its list with the reason (404), never to a bare error.
 */
export function councilFormRoute(logic: (form: CouncilForm) => Promise<APIGatewayProxyResultV2>): RouteLogic {
  // The code comes in the form body, so this route reads the form before it can authenticate.
  return authenticatedBy('council', async (event, ctx: AppContext) => {
    const template = await sitePage(siteDirOf(ctx), COUNCIL_PAGE.file);
    // A code in the address would be kept in browser history, server logs and caches: not answered.
    if (event.rawQueryString) return html(400, refused(template, '', codeErrors.inAddress));
    const body = parseBody(event);
    if (body.format !== 'form') throw new UnsupportedMediaTypeError();
    const fields = body.value as Record<string, string>;
    const code = (fields.code ?? '').trim().slice(0, COUNCIL_CODE_MAX);
    if (!code) return html(400, refused(template, '', codeErrors.missing));
    let council: Council;
    try {
      council = await councilByCode(ctx, code, clientAddress(event, ctx));
    } catch (error) {
      if (error instanceof CouncilUnauthorizedError) return html(401, refused(template, code, error.message));
      if (error instanceof CouncilCodeGuessesError) return html(429, refused(template, code, error.message), error.headers);
      throw error;
    }
    const form = { ctx, template, council, code, fields };
    try {
      return await logic(form);
    } catch (error) {
      if (error instanceof NotFoundError) return html(404, await listPage(form, error.message));
      throw error;
    }
  });
}

/** The code form hidden and the council's lists shown, as the script leaves the page once the code is accepted. */
const signedIn = (template: string) => reveal(addAttributes(template, COUNCIL_PAGE.form, { hidden: '' }), COUNCIL_PAGE.result);

const hiddenField = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;

/** The list page: every suggestion the council sent and every text it is asked to review, each with a form that opens it. */
export async function listPage({ ctx, template, council, code }: CouncilForm, notice?: string): Promise<string> {
  const [sent, reviews, insight] = await Promise.all([
    suggestionListsOf(ctx).listAllSuggestions({ councilId: council.id, limit: COUNCIL_LIST_LIMIT }),
    councilReviews(withBook(ctx), council),
    councilInsight(ctx, monthUpTo(dayOf(ctx.now()))),
  ]);
  // The filter is the storage's; checked again here because a leak across councils must be impossible.
  const own = sent.items.filter((item) => item.source.type === 'council' && item.source.councilId === council.id).map(toCouncilSuggestion);
  const openForm = (review: { id: string; statement?: ReviewStatement }) =>
    `<form method="post" action="${paths.councilReview}">${hiddenField('code', code)}${hiddenField('review', review.id)}` +
    `<button type="submit"${review.statement ? ' class="button--secondary"' : ''}>` +
    `${escapeHtml(review.statement ? reviewTexts.readAnswered : reviewTexts.read)}</button></form>`;
  let page = withInsight(signedIn(template), insight);
  const count = councilCountText(own.length, texts);
  page = fillElement(page, COUNCIL_PAGE.status, escapeHtml(notice ? `${notice} ${count}` : count));
  page = fillElement(page, COUNCIL_PAGE.heading, escapeHtml(fill(texts.heading, { council: council.name })));
  page = fillElement(page, COUNCIL_PAGE.suggestions, own.map((item) => councilSuggestionHtml(item, texts)).join(''));
  return fillElement(page, COUNCIL_PAGE.reviews, councilReviewListHtml(reviews, reviewTexts, openForm));
}

const rowHtml = (...cells: string[]) =>
  `<tr><th scope="row">${cells[0]}</th>${cells
    .slice(1)
    .map((cell) => `<td>${cell}</td>`)
    .join('')}</tr>`;
const dayText = (day: string) => norwegianDate(`${day}T12:00:00Z`);

/** «Hva leserne ikke fant», as src/scripts/council-insight.ts fills it: each list, or the line saying it is empty. */
function withInsight(template: string, insight: CouncilInsight): string {
  let page = reveal(template, COUNCIL_PAGE.insight);
  page = fillElement(
    page,
    COUNCIL_PAGE.insightPeriod,
    escapeHtml(insightText('council.period', { from: dayText(insight.from), to: dayText(insight.to) })),
  );
  const lists = [
    {
      rows: insight.missed.map((search) => rowHtml(escapeHtml(search.q), String(search.count), String(search.days))),
      body: COUNCIL_PAGE.insightMissed,
      table: COUNCIL_PAGE.insightMissedTable,
      none: COUNCIL_PAGE.insightMissedNone,
    },
    {
      rows: insight.pages.map((item) =>
        rowHtml(`<a href="${escapeHtml(paths.article(item.slug))}">${escapeHtml(item.title)}</a>`, String(item.no), String(item.days)),
      ),
      body: COUNCIL_PAGE.insightPages,
      table: COUNCIL_PAGE.insightPagesTable,
      none: COUNCIL_PAGE.insightPagesNone,
    },
  ];
  for (const list of lists) {
    page =
      list.rows.length > 0
        ? fillElement(page, list.body, list.rows.join(''))
        : reveal(addAttributes(page, list.table, { hidden: '' }), list.none);
  }
  return page;
}

/** What the review page shows besides the text: the statement's errors and what was typed, or a line in the status. */
export type ReviewOutcome = {
  errors?: Partial<Record<'verdict' | 'text', string>>;
  typed?: { verdict?: string; text?: string };
  status?: string;
};

/** One text under review as readers will see it, with the statement form (or the statement given) and the way back. */
export function reviewPage({ template, council, code }: CouncilForm, opened: Opened, outcome: ReviewOutcome = {}): string {
  const facts = attributeJson(template, COUNCIL_PAGE.facts) as ReaderFacts;
  const { html: article, intro } = reviewPageHtml(opened, reviewTexts, facts);
  let page = signedIn(template);
  page = addAttributes(page, COUNCIL_PAGE.suggestionsPart, { hidden: '' });
  page = addAttributes(page, COUNCIL_PAGE.reviewListPart, { hidden: '' });
  page = reveal(page, COUNCIL_PAGE.reviewView);
  page = fillElement(page, COUNCIL_PAGE.reviewHeading, escapeHtml(fill(reviewTexts.viewHeading, { title: opened.review.title })));
  page = fillElement(page, COUNCIL_PAGE.reviewIntro, escapeHtml(intro));
  page = fillElement(page, COUNCIL_PAGE.reviewReason, reviewAboutHtml(opened.review, reviewTexts));
  page = fillElement(page, COUNCIL_PAGE.reviewPage, article);
  const statement = statementPart(opened.review, reviewTexts, council.name);
  page = fillElement(page, COUNCIL_PAGE.reviewLegend, escapeHtml(statement.legend));
  page = addAttributes(page, COUNCIL_PAGE.reviewCode, { value: code });
  page = addAttributes(page, COUNCIL_PAGE.reviewId, { value: opened.review.id });
  page = addAttributes(page, COUNCIL_PAGE.backCode, { value: code });
  if (statement.given) page = fillElement(page, COUNCIL_PAGE.reviewGiven, statement.given);
  if (!statement.formShown) page = addAttributes(page, COUNCIL_PAGE.reviewForm, { hidden: '' });
  for (const field of ['verdict', 'text'] as const) {
    const message = outcome.errors?.[field];
    if (message === undefined) continue;
    page = fillElement(reveal(page, COUNCIL_PAGE.reviewError(field)), COUNCIL_PAGE.reviewError(field), escapeHtml(message));
  }
  // What was typed, else the statement given, which the council may change.
  const typed = outcome.typed ?? { verdict: opened.review.statement?.verdict, text: opened.review.statement?.text };
  const verdict = typed.verdict;
  if (verdict === 'recommend' || verdict === 'remarks') page = addAttributes(page, COUNCIL_PAGE.verdict(verdict), { checked: '' });
  // The text goes in before any attribute is added after the marker, which must end the tag to fill it.
  if (typed.text) page = fillElement(page, COUNCIL_PAGE.reviewText, escapeHtml(typed.text));
  if (outcome.errors?.text !== undefined) page = addAttributes(page, COUNCIL_PAGE.reviewText, { 'aria-invalid': 'true' });
  if (outcome.status) page = fillElement(page, COUNCIL_PAGE.reviewStatus, escapeHtml(outcome.status));
  return page;
}
