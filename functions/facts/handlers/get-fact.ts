/** GET /api/moderation/facts/{id}[?version=n] — the newest value (a revision, or the seed with version 0), or revision n. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withFacts } from '../with-facts.ts';
import { askedVersion, pathFactId } from '../fact-request.ts';
import { getFact } from '../editor-facts.ts';

export const run = editorRoute('kommune', async (event, ctx) =>
  json(200, await getFact(withFacts(ctx), pathFactId(event.pathParameters?.id), askedVersion(event.queryStringParameters?.version))),
);

export const handler = createHandler(run, defaultContext);
