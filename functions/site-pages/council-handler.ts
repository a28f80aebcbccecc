/**
 * POST /api/rad (form field `code`) — the councils' page without JavaScript: the form on /rad/
 * posts the council code here (never in the address: it is a credential) and gets the same page
 * back with the council's suggestions and review requests filled in by the renderer the page's
 * script uses. A wrong or revoked code gets the page with the error beside the field and the code
 * kept in it (401). Never cached.
 */
import { councilByCode } from '../councils/council-route.ts';
import { withBook } from '../articles/article-context.ts';
import { councilReviews } from '../reviews/reviews.ts';
import { defaultContext, type AppContext } from '../shared/context.ts';
import { CouncilUnauthorizedError, UnsupportedMediaTypeError } from '../shared/errors.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { html, parseBody } from '../shared/http.ts';
import { sitePage, siteDirOf } from '../shared/built-site.ts';
import { escapeHtml } from '../../src/core/escape-html.ts';
import { COUNCIL_LIST_LIMIT, councilCountText, councilReviewListHtml, councilSuggestionHtml } from '../../src/core/councils/page-html.ts';
import { councilCodeErrors, councilPageTexts, councilReviewTexts } from '../../src/core/councils/page-texts.ts';
import { toCouncilSuggestion } from '../../src/core/suggestions/council-item.ts';
import { COUNCIL_CODE_MAX } from '../../src/core/suggestions/limits.ts';
import type { Council } from '../../src/core/suggestions/types.ts';
import { fill } from '../../src/core/text/fill.ts';
import { addAttributes, fillElement, reveal } from './built-page.ts';
import { COUNCIL_PAGE } from './page-files.ts';

const texts = councilPageTexts();
// The review list has no summary; the label is only for the review view the script draws.
const reviewTexts = councilReviewTexts('');
const codeErrors = councilCodeErrors();

/** The page with `message` beside the field, which keeps what was typed. */
function refused(template: string, typed: string, message: string): string {
  let page = addAttributes(template, COUNCIL_PAGE.field, { value: typed, 'aria-invalid': 'true' });
  page = reveal(page, COUNCIL_PAGE.error);
  return fillElement(page, COUNCIL_PAGE.error, escapeHtml(message));
}

async function councilPage(ctx: AppContext, template: string, council: Council): Promise<string> {
  const [sent, reviews] = await Promise.all([
    ctx.storage.listAllSuggestions({ councilId: council.id, limit: COUNCIL_LIST_LIMIT }),
    councilReviews(withBook(ctx), council),
  ]);
  // The filter is the storage's; checked again here because a leak across councils must be impossible.
  const own = sent.items.filter((item) => item.source.type === 'council' && item.source.councilId === council.id).map(toCouncilSuggestion);
  const noAction = `<p class="hint">${escapeHtml(reviewTexts.noScript)}</p>`;
  let page = addAttributes(template, COUNCIL_PAGE.form, { hidden: '' });
  page = reveal(page, COUNCIL_PAGE.result);
  page = fillElement(page, COUNCIL_PAGE.status, escapeHtml(councilCountText(own.length, texts)));
  page = fillElement(page, COUNCIL_PAGE.heading, escapeHtml(fill(texts.heading, { council: council.name })));
  page = fillElement(page, COUNCIL_PAGE.suggestions, own.map((item) => councilSuggestionHtml(item, texts)).join(''));
  return fillElement(
    page,
    COUNCIL_PAGE.reviews,
    councilReviewListHtml(reviews, reviewTexts, () => noAction),
  );
}

export const run: RouteLogic = async (event, ctx) => {
  const template = await sitePage(siteDirOf(ctx), COUNCIL_PAGE.file);
  // A code in the address would be kept in browser history, server logs and caches: not answered.
  if (event.rawQueryString) return html(400, refused(template, '', codeErrors.inAddress));
  const body = parseBody(event);
  if (body.format !== 'form') throw new UnsupportedMediaTypeError();
  const typed = String((body.value as Record<string, unknown>).code ?? '')
    .trim()
    .slice(0, COUNCIL_CODE_MAX);
  if (!typed) return html(400, refused(template, '', codeErrors.missing));
  try {
    return html(200, await councilPage(ctx, template, await councilByCode(ctx, typed)));
  } catch (error) {
    if (error instanceof CouncilUnauthorizedError) return html(401, refused(template, typed, error.message));
    throw error;
  }
};

export const handler = createHandler(run, defaultContext);
