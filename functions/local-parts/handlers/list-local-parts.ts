/**
 * GET /api/moderation/local-parts — every slot of the national text with the request's kommune's
 * newest text, its date and how it stands; with `?slug=…&slot=…`, that one slot and every saved
 * version (one function for both reads: the stack's resources are counted). 404 outside a book.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withLocalParts } from '../with-local-parts.ts';
import { pathLocalPart } from '../local-part-request.ts';
import { getLocalPart, listLocalParts } from '../editor-local-parts.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const asked = event.queryStringParameters ?? {};
  if (asked.slug === undefined && asked.slot === undefined) return json(200, { items: await listLocalParts(withLocalParts(ctx)) });
  const { slug, slot } = pathLocalPart(asked);
  return json(200, await getLocalPart(withLocalParts(ctx), slug, slot));
});

export const handler = createHandler(run, defaultContext);
