/** GET /api/moderation/counts — how many suggestions each status tab holds. */
import { defaultContext } from '../../shared/context.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../editor-route.ts';

export const run = editorRoute(async (_event, ctx) => json(200, { counts: await ctx.storage.countSuggestionsByStatus() }));

export const handler = createHandler(run, defaultContext);
