/**
 * GET /api/folg?referanse= — «Følg forslaget» without JavaScript: the form on /folg/ submits here
 * and gets the same page back with the status, the answer and the changed page filled in.
 */
import { followSuggestion } from './follow.ts';
import { clientAddress } from '../shared/client-address.ts';
import { defaultContext } from '../shared/dependencies.ts';
import { NotFoundError, RateLimitedError } from '../shared/errors.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { html, seeOther } from '../shared/http.ts';
import { paths } from '../../src/core/paths.ts';
import { norwegianDate } from '../../src/core/norwegian-date.ts';
import { followStage, type PublicStatus } from '../../src/core/suggestions/public-status.ts';
import { sitePage, siteDirOf } from '../shared/built-site.ts';
import { addAttributes, fillPlaceholders, reveal } from '../shared/built-page.ts';
import { FOLLOW_PAGE } from '../shared/page-files.ts';

/** Long enough for any way of writing a reference, short enough to echo back. */
const FIELD_MAX = 40;

/** Shows the part with `marker` and puts the focus on it, so the answer is what a reader (and a screen reader) meets first. */
const revealFocused = (page: string, marker: string) => addAttributes(reveal(page, marker), marker, { autofocus: '' });

function resultPage(template: string, status: PublicStatus): string {
  let page = revealFocused(template, FOLLOW_PAGE.result);
  page = reveal(page, FOLLOW_PAGE.stage(followStage(status.status, status.page !== undefined)));
  if (status.answer !== undefined) page = reveal(page, FOLLOW_PAGE.answer);
  return fillPlaceholders(page, {
    reference: status.reference,
    date: norwegianDate(status.createdAt),
    answer: status.answer ?? '',
    page: status.page ?? '',
  });
}

export const run: RouteLogic = async (event, ctx) => {
  const typed = (event.queryStringParameters?.referanse ?? '').trim().slice(0, FIELD_MAX);
  if (!typed) return seeOther(paths.follow());
  const template = addAttributes(await sitePage(siteDirOf(ctx), FOLLOW_PAGE.file), FOLLOW_PAGE.field, { value: typed });
  try {
    const status = await followSuggestion(ctx, typed, clientAddress(event, ctx));
    return html(200, resultPage(template, status));
  } catch (error) {
    if (error instanceof NotFoundError) return html(404, fillPlaceholders(revealFocused(template, FOLLOW_PAGE.notFound), { typed }));
    if (error instanceof RateLimitedError) return html(429, revealFocused(template, FOLLOW_PAGE.limited), error.headers);
    throw error;
  }
};

export const handler = createHandler(run, defaultContext);
