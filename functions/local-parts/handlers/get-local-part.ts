/** GET /api/moderation/local-parts/{slug}/{slot} — the request's kommune's newest text in one slot, with every saved version. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withLocalParts } from '../with-local-parts.ts';
import { pathLocalPart } from '../local-part-request.ts';
import { getLocalPart } from '../editor-local-parts.ts';

export const run = editorRoute(async (event, ctx) => {
  const { slug, slot } = pathLocalPart(event.pathParameters);
  return json(200, await getLocalPart(withLocalParts(ctx), slug, slot));
});

export const handler = createHandler(run, defaultContext);
