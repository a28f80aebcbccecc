/**
 * GET /api/foresla/takk?id= — the thank-you page as the form's 303 (and the form script) send it:
 * the reference, the council and what happens next, read from the stored suggestion the id names
 * (an id is not guessable, a reference is), so the page never echoes what its address says.
 * Readable without JavaScript; an address that names no suggestion gets the plain page.
 */
import { defaultContext } from '../shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { seeOther } from '../shared/http.ts';
import { builtSiteOf } from '../shared/built-site.ts';
import { renderedPage } from '../shared/rendered-page.ts';
import { paths } from '../../src/core/paths.ts';
import type { ThanksContact } from '../../src/core/rendered-pages.ts';

/** Suggestion ids are UUIDs (random, or derived from an idempotency key). */
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const run: RouteLogic = async (event, ctx) => {
  const id = event.queryStringParameters?.id ?? '';
  const suggestion = ID_PATTERN.test(id) ? await ctx.storage.getSuggestionDetail(id) : undefined;
  if (!suggestion?.reference) return seeOther(paths.thanks());
  // What the person gave decides what they are told; the contact data itself is never shown.
  const contact: ThanksContact = suggestion.contact?.email
    ? suggestion.notify
      ? 'email-answers'
      : 'email'
    : suggestion.contact?.phone
      ? 'phone'
      : 'none';
  return renderedPage(builtSiteOf(ctx).serverDir, 'thanks', {
    reference: suggestion.reference,
    ...(suggestion.source.type === 'council' ? { council: suggestion.source.councilName } : {}),
    contact,
  });
};

export const handler = createHandler(run, defaultContext);
