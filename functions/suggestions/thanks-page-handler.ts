/**
 * GET /api/foresla/takk?id= — the thank-you page as the form's 303 (and the form script) send it:
 * the reference, the council and what happens next, read from the stored suggestion the id names
 * (an id is not guessable, a reference is), so the page never echoes what its address says.
 * Readable without JavaScript; an address that names no suggestion gets the plain page.
 */
import { defaultContext } from '../shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { html, seeOther } from '../shared/http.ts';
import { sitePage, siteDirOf } from '../shared/built-site.ts';
import { paths } from '../../src/core/paths.ts';
import { fillPlaceholders, reveal } from '../shared/built-page.ts';
import { THANKS_PAGE } from '../shared/page-files.ts';

/** Suggestion ids are UUIDs (random, or derived from an idempotency key). */
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const run: RouteLogic = async (event, ctx) => {
  const id = event.queryStringParameters?.id ?? '';
  const suggestion = ID_PATTERN.test(id) ? await ctx.storage.getSuggestionDetail(id) : undefined;
  if (!suggestion?.reference) return seeOther(paths.thanks());
  let page = reveal(await sitePage(siteDirOf(ctx), THANKS_PAGE.file), THANKS_PAGE.receipt);
  const council = suggestion.source.type === 'council' ? suggestion.source.councilName : '';
  if (council) page = reveal(page, THANKS_PAGE.council);
  // What the person gave decides what they are told; the contact data itself is never shown.
  if (suggestion.contact?.email) page = reveal(page, suggestion.notify ? THANKS_PAGE.emailAnswers : THANKS_PAGE.email);
  else if (suggestion.contact?.phone) page = reveal(page, THANKS_PAGE.phoneOnly);
  return html(200, fillPlaceholders(page, { reference: suggestion.reference, council, followLink: paths.follow(suggestion.reference) }));
};

export const handler = createHandler(run, defaultContext);
