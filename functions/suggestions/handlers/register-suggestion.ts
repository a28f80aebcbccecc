/**
 * POST /api/moderation/suggestions — an editor registers a suggestion that came by phone,
 * letter, meeting or e-mail: { kind, text, title?, topic?, contact?, notify?, channel, council? }
 * → 201 { id, status: "new", reference }, the reference to read back to the caller.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { registerSuggestion } from '../submit.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { parseRegistration } from '../registration.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const registration = parseRegistration(body.value, ctx.topics);
  const receipt = await registerSuggestion(
    ctx,
    registration.suggestion,
    { via: registration.channel, registeredBy: editor.name },
    registration.councilId,
  );
  return json(201, receipt);
});

export const handler = createHandler(run, defaultContext);
