/** GET /api/council/suggestions?limit=&cursor= — every suggestion the council sent, newest first, with status and answer. */
import { parsePageQuery } from '../../shared/page-query.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { toCouncilSuggestion } from '../../../src/core/suggestions/council-item.ts';
import { councilRoute } from '../../shared/council-route.ts';
import { suggestionListsOf } from '../../shared/storage/parts.ts';

export const run = councilRoute(async (event, ctx, council) => {
  const query = parsePageQuery(event.queryStringParameters);
  const page = await suggestionListsOf(ctx).listAllSuggestions({
    councilId: council.id,
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  // The filter is the storage's; checked again here because a leak across councils must be impossible.
  const own = page.items.filter((item) => item.source.type === 'council' && item.source.councilId === council.id);
  return json(200, { council: { name: council.name }, items: own.map(toCouncilSuggestion), nextCursor: page.nextCursor ?? null });
});

export const handler = createHandler(run, defaultContext);
