/** GET /api/moderation/local-parts — every slot of the national text with the request's kommune's newest text, its date and how it stands; 404 outside a book. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withLocalParts } from '../with-local-parts.ts';
import { listLocalParts } from '../editor-local-parts.ts';

export const run = editorRoute(async (_event, ctx) => json(200, { items: await listLocalParts(withLocalParts(ctx)) }));

export const handler = createHandler(run, defaultContext);
