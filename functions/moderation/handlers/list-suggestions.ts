/** GET /api/moderation/suggestions?status=&kind=&council=&topic=&limit=&cursor= — the queue, newest first. */
import { defaultContext } from '../../shared/context.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../editor-route.ts';
import { parseQueueQuery, storageFilters } from '../queue-query.ts';

export const run = editorRoute(async (event, ctx) => {
  const query = parseQueueQuery(event.queryStringParameters);
  const { status } = query;
  const input = { ...storageFilters(query), limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
  const page = status ? await ctx.storage.listSuggestions({ ...input, status }) : await ctx.storage.listAllSuggestions(input);
  return json(200, { items: page.items, nextCursor: page.nextCursor ?? null });
});

export const handler = createHandler(run, defaultContext);
