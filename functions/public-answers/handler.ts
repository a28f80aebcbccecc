/** GET /api/public/answers — suggestions editors made public, newest first, never contact data. */
import { defaultContext } from '../shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { json } from '../shared/http.ts';
import { parsePageQuery } from '../shared/page-query.ts';
import { toPublicAnswer } from './public-answer.ts';
import { suggestionListsOf } from '../shared/storage/parts.ts';

export const run: RouteLogic = async (event, ctx) => {
  const query = parsePageQuery(event.queryStringParameters);
  const page = await suggestionListsOf(ctx).listPublicSuggestions({
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  return json(
    200,
    { items: page.items.map(toPublicAnswer), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
    {
      // Public and identical for everyone: let browsers and CloudFront keep it for a minute.
      'cache-control': 'public, max-age=60',
    },
  );
};

export const handler = createHandler(run, defaultContext);
