/** GET /api/moderation/counts — how many suggestions each status tab holds. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { suggestionListsOf } from '../../shared/storage/parts.ts';

export const run = editorRoute('kommune', async (_event, ctx) =>
  json(200, { counts: await suggestionListsOf(ctx).countSuggestionsByStatus() }),
);

export const handler = createHandler(run, defaultContext);
