/** DELETE /api/moderation/councils/{id}/code — revokes the council's code; its suggestions stay. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { toCouncilView } from '../council-view.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { apiText } from '../../../src/core/text/api.ts';
import { councilAdmin } from '../council-admin.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const council = await councilAdmin(ctx).revokeCouncil(pathId(event, apiText('error.councilNotFound')));
  return json(200, { council: toCouncilView(council) });
});

export const handler = createHandler(run, defaultContext);
