/** GET /api/moderation/councils — every council, revoked ones included, by name. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { toCouncilView } from '../council-view.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { councilAdmin } from '../council-admin.ts';

export const run = editorRoute('kommune', async (_event, ctx) =>
  json(200, { items: (await councilAdmin(ctx).listCouncils()).map(toCouncilView) }),
);

export const handler = createHandler(run, defaultContext);
