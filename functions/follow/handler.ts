/** GET /api/public/suggestions/{reference} — status, kind, dates and the answer; never text, title or contact. */
import { clientAddress } from '../shared/client-address.ts';
import { defaultContext } from '../shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { json } from '../shared/http.ts';
import { followSuggestion } from './follow.ts';

export const run: RouteLogic = async (event, ctx) => {
  const status = await followSuggestion(ctx, event.pathParameters?.reference ?? '', clientAddress(event, ctx));
  return json(200, status);
};

export const handler = createHandler(run, defaultContext);
