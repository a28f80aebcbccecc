/** POST /api/moderation/councils/{id}/code — a new code for a council (the old one stops working), shown this once. */
import { generateCouncilCode, hashCouncilCode } from '../../shared/council-code.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { toCouncilView } from '../council-view.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { apiText } from '../../../src/core/text/api.ts';
import { councilAdmin } from '../council-admin.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const code = generateCouncilCode();
  const council = await councilAdmin(ctx).replaceCouncilCode(pathId(event, apiText('error.councilNotFound')), hashCouncilCode(code));
  return json(200, { council: toCouncilView(council), code });
});

export const handler = createHandler(run, defaultContext);
