/** GET /api/moderation/suggestions/{id} — one suggestion with contact data and full history. */
import { defaultContext } from '../../shared/dependencies.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { apiText } from '../../../src/core/text/api.ts';

const NOT_FOUND = apiText('error.suggestionNotFound');

export const run = editorRoute('kommune', async (event, ctx) => {
  const detail = await ctx.storage.getSuggestionDetail(pathId(event, NOT_FOUND));
  if (!detail) throw new NotFoundError(NOT_FOUND);
  return json(200, detail);
});

export const handler = createHandler(run, defaultContext);
