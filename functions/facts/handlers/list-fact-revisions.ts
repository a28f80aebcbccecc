/** GET /api/moderation/facts/{id}/revisions — every saved revision, newest first, with who, when and why, and the live version. */
import { defaultContext } from '../../shared/context.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../moderation/editor-route.ts';
import { withFacts } from '../facts-context.ts';
import { pathFactId } from '../fact-request.ts';
import { listFactRevisions } from '../editor-facts.ts';

export const run = editorRoute(async (event, ctx) =>
  json(200, await listFactRevisions(withFacts(ctx), pathFactId(event.pathParameters?.id))),
);

export const handler = createHandler(run, defaultContext);
