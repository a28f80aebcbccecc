/** GET /api/moderation/facts/{id}/revisions — every saved revision, newest first, with who, when and why, and the live version. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withFacts } from '../with-facts.ts';
import { pathFactId } from '../fact-request.ts';
import { listFactRevisions } from '../editor-facts.ts';

export const run = editorRoute('kommune', async (event, ctx) =>
  json(200, await listFactRevisions(withFacts(ctx), pathFactId(event.pathParameters?.id))),
);

export const handler = createHandler(run, defaultContext);
