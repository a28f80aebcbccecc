/** GET /api/moderation/suggestions/{id}/draft — "Lag utkast": an MDX file to download and finish. */
import articles from '../../generated/articles.json' with { type: 'json' };
import { defaultContext } from '../../shared/dependencies.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { draftFor } from '../draft.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { apiText } from '../../../src/core/text/api.ts';

const NOT_FOUND = apiText('error.suggestionNotFound');

export const run = editorRoute('kommune', async (event, ctx) => {
  const suggestion = await ctx.storage.getSuggestion(pathId(event, NOT_FOUND));
  if (!suggestion) throw new NotFoundError(NOT_FOUND);
  return json(200, draftFor(suggestion, articles, ctx.now().toISOString().slice(0, 10)));
});

export const handler = createHandler(run, defaultContext);
