/** POST /api/suggestions — JSON from the enhanced form, or a plain form post answered with 303. */
import { clientAddress } from '../shared/client-address.ts';
import { defaultContext } from '../shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { describeError } from '../shared/errors.ts';
import { errorResponse, header, isFormPost, json, parseBody, seeOther } from '../shared/http.ts';
import { paths } from '../../src/core/paths.ts';
import { formErrorKey, formErrorUrl } from './form-errors.ts';
import { decoyReceipt, submitSuggestion } from './submit.ts';
import { formToSubmission, parseSubmission } from './suggestion.ts';
import { parseIdempotencyKey } from '../shared/idempotency-key.ts';

export const run: RouteLogic = async (event, ctx) => {
  const form = isFormPost(event);
  try {
    const body = parseBody(event);
    const idempotencyKey = parseIdempotencyKey(header(event, 'idempotency-key'));
    const input = body.format === 'form' ? formToSubmission(body.value as Record<string, string>) : body.value;
    const parsed = parseSubmission(input, ctx.topics);
    const receipt = parsed.honeypot
      ? decoyReceipt(ctx.now())
      : await submitSuggestion(ctx, parsed.suggestion, { idempotencyKey, clientAddress: clientAddress(event, ctx) });
    // The thank-you page of the kommune the form was sent from (a book), with the stored reference.
    return form ? seeOther(paths.thanks({ id: receipt.id }, ctx.kommune)) : json(201, receipt);
  } catch (error) {
    if (!form) throw error;
    // Logged like any other failure, then the browser is sent back to the form.
    if (!describeError(error).expected) errorResponse(error, event);
    return seeOther(formErrorUrl(formErrorKey(error)));
  }
};

export const handler = createHandler(run, defaultContext);
