/** GET /api/moderation/facts — every fact of the book, with when it was checked and when the next check is due. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withFacts } from '../with-facts.ts';
import { listFacts } from '../editor-facts.ts';

export const run = editorRoute('kommune', async (_event, ctx) => json(200, { items: await listFacts(withFacts(ctx)) }));

export const handler = createHandler(run, defaultContext);
