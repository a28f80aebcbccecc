/** PUT /api/moderation/local-parts/{slug}/{slot} — saves a version of the kommune's text; 400 with a message per field, 409 when stale. */
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withLocalParts } from '../with-local-parts.ts';
import { parseSaveLocalPart, pathLocalPart } from '../local-part-request.ts';
import { saveLocalPart } from '../editor-local-parts.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const place = pathLocalPart(event.pathParameters);
  return json(200, await saveLocalPart(withLocalParts(ctx), editor, place, parseSaveLocalPart(body.value)));
});

export const handler = createHandler(run, defaultContext);
