/**
 * The councils' page /rad/ as the API renders it for councils without JavaScript (and for the
 * page's script, which posts the same forms): the functions read what the council may see and the
 * server renderer draws it (src/pages/rendered/rad.astro). The code comes in each form's body (a
 * hidden field once it is accepted), never in the address: it is a credential.
 */
import { councilByCode } from '../shared/council-route.ts';
import { withBook } from '../shared/book/with-book.ts';
import { councilReviews } from './reviews.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { clientAddress } from '../shared/client-address.ts';
import { CouncilCodeGuessesError, CouncilUnauthorizedError, NotFoundError, UnsupportedMediaTypeError } from '../shared/errors.ts';
import { authenticatedBy, type RouteLogic } from '../shared/handler.ts';
import { parseBody, type APIGatewayProxyResultV2 } from '../shared/http.ts';
import { builtSiteOf } from '../shared/built-site.ts';
import { KOMMUNE_PARAMETER } from '../shared/request-kommune.ts';
import { renderedPage } from '../shared/rendered-page.ts';
import { suggestionListsOf } from '../shared/storage/parts.ts';
import { councilInsight } from '../shared/insight/council-month.ts';
import { errorFields, log } from '../shared/log.ts';
import { dayOf, monthUpTo } from '../../src/core/insight/days.ts';
import { COUNCIL_LIST_LIMIT, councilCodeErrors } from '../../src/core/councils/council-page.ts';
import type { OpenedReview, ReviewOutcome } from '../../src/core/rendered-pages.ts';
import { toCouncilSuggestion } from '../../src/core/suggestions/council-item.ts';
import { COUNCIL_CODE_MAX } from '../../src/core/suggestions/limits.ts';
import type { Council } from '../../src/core/suggestions/types.ts';

const codeErrors = councilCodeErrors();

/** A posted form from /rad/ whose code belongs to an active council. */
export type CouncilForm = { ctx: AppContext; serverDir: string; council: Council; code: string; fields: Record<string, string> };

/** The code form with `message` beside the field, which keeps what was typed. */
const refused = (serverDir: string, status: number, typed: string, error: string, headers?: Record<string, string>) =>
  renderedPage(serverDir, 'council', { view: 'code', typed, error }, status, headers);

/**
 * Route logic for a form on /rad/: refuses a query string (400) and a missing code (400), answers
 * a wrong or revoked code with the code form and its error (401), and hands the rest to `logic`.
 * A text the council cannot open (withdrawn, or an id that was tampered with) brings it back to
 * its list with the reason (404), never to a bare error.
 */
export function councilFormRoute(logic: (form: CouncilForm) => Promise<APIGatewayProxyResultV2>): RouteLogic {
  // The code comes in the form body, so this route reads the form before it can authenticate.
  return authenticatedBy('council', async (event, ctx: AppContext) => {
    const { serverDir } = builtSiteOf(ctx);
    // A code in the address would be kept in browser history, server logs and caches: not answered.
    // The address may only name the kommune of a book (request-kommune.ts), never anything else.
    const named = Object.keys(event.queryStringParameters ?? {}).filter((name) => name !== KOMMUNE_PARAMETER);
    if (named.length > 0) return refused(serverDir, 400, '', codeErrors.inAddress);
    const body = parseBody(event);
    if (body.format !== 'form') throw new UnsupportedMediaTypeError();
    const fields = body.value as Record<string, string>;
    const code = (fields.code ?? '').trim().slice(0, COUNCIL_CODE_MAX);
    if (!code) return refused(serverDir, 400, '', codeErrors.missing);
    let council: Council;
    try {
      council = await councilByCode(ctx, code, clientAddress(event, ctx));
    } catch (error) {
      if (error instanceof CouncilUnauthorizedError) return refused(serverDir, 401, code, error.message);
      if (error instanceof CouncilCodeGuessesError) return refused(serverDir, 429, code, error.message, error.headers);
      throw error;
    }
    const form = { ctx, serverDir, council, code, fields };
    try {
      return await logic(form);
    } catch (error) {
      if (error instanceof NotFoundError) return listPage(form, 404, error.message);
      throw error;
    }
  });
}

/**
 * The list page: every suggestion the council sent and every text it is asked to review, each with
 * a form that opens it, and the last month's «Hva leserne ikke fant» (its own line when those numbers
 * cannot be had: the council's own lists matter more than the counts).
 */
export async function listPage({ ctx, serverDir, council, code }: CouncilForm, status = 200, notice?: string) {
  const [sent, reviews, insight] = await Promise.all([
    suggestionListsOf(ctx).listAllSuggestions({ councilId: council.id, limit: COUNCIL_LIST_LIMIT }),
    councilReviews(withBook(ctx), council),
    councilInsight(ctx, monthUpTo(dayOf(ctx.now()))).catch((error: unknown) => {
      log.warn('council insight failed', errorFields(error));
      return 'failed' as const;
    }),
  ]);
  // The filter is the storage's; checked again here because a leak across councils must be impossible.
  const own = sent.items.filter((item) => item.source.type === 'council' && item.source.councilId === council.id).map(toCouncilSuggestion);
  return renderedPage(
    serverDir,
    'council',
    { view: 'list', council: council.name, code, suggestions: own, reviews, insight, ...(notice ? { notice } : {}) },
    status,
  );
}

/** One text under review as readers will see it, with the statement form (or the statement given) and the way back. */
export const reviewPage = ({ serverDir, council, code }: CouncilForm, opened: OpenedReview, status = 200, outcome: ReviewOutcome = {}) =>
  renderedPage(serverDir, 'council', { view: 'review', council: council.name, code, opened, outcome }, status);
