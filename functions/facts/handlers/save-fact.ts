/** PUT /api/moderation/facts/{id} — saves a revision; 400 invalid-fact with a message per field, 409 when stale. */
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withFacts } from '../with-facts.ts';
import { parseSaveFact, pathFactId } from '../fact-request.ts';
import { saveFact } from '../editor-facts.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const id = pathFactId(event.pathParameters?.id);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  return json(200, await saveFact(withFacts(ctx), editor, id, parseSaveFact(body.value)));
});

export const handler = createHandler(run, defaultContext);
