/** PATCH /api/moderation/suggestions/{id} — a decision: status, note, public answer; 409 when stale. */
import { NotFoundError, UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { parseDecision, planDecision } from '../decision.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { mailingContext } from '../../shared/mail/ses-mailing.ts';
import { sendAfter } from '../../shared/mail/outbox.ts';
import { mailsAfterDecision } from '../../shared/mail/decision-mails.ts';
import { apiText } from '../../../src/core/text/api.ts';

const NOT_FOUND = apiText('error.suggestionNotFound');

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const id = pathId(event, NOT_FOUND);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const decision = parseDecision(body.value);
  const current = await ctx.storage.getSuggestion(id);
  if (!current) throw new NotFoundError(NOT_FOUND);
  await ctx.storage.updateSuggestion(id, planDecision(current, decision, editor.name));
  const detail = await ctx.storage.getSuggestionDetail(id);
  if (!detail) throw new NotFoundError(NOT_FOUND);
  await sendAfter(ctx, await mailsAfterDecision(ctx, current, detail));
  return json(200, detail);
});

export const handler = createHandler(run, mailingContext);
