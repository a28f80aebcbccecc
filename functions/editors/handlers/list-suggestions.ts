/** GET /api/moderation/suggestions?status=&kind=&council=&topic=&fact=&q=&limit=&cursor= — the queue, newest first; `q` a reference or words, `fact` the corrections of one fact. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { parseQueueQuery, storageFilters } from '../queue-query.ts';
import { parseReference } from '../../../src/core/suggestions/reference.ts';
import { suggestionListsOf } from '../../shared/storage/parts.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const query = parseQueueQuery(event.queryStringParameters);
  // A reference read out on the phone finds its suggestion in any status.
  const reference = query.q ? parseReference(query.q) : undefined;
  if (reference) {
    const id = await ctx.storage.findSuggestionIdByReference(reference);
    const found = id ? await ctx.storage.getSuggestion(id) : undefined;
    return json(200, { items: found?.reference === reference ? [found] : [], nextCursor: null });
  }
  const { status } = query;
  const input = { ...storageFilters(query), limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
  const page = status
    ? await suggestionListsOf(ctx).listSuggestions({ ...input, status })
    : await suggestionListsOf(ctx).listAllSuggestions(input);
  return json(200, { items: page.items, nextCursor: page.nextCursor ?? null });
});

export const handler = createHandler(run, defaultContext);
