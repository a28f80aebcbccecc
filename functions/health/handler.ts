/** GET /api/health — 200 when storage answers, 503 (via StorageUnavailableError) when it doesn't. */
import { defaultContext } from '../shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { json } from '../shared/http.ts';

export const run: RouteLogic = async (_event, ctx) => {
  await ctx.storage.ping();
  return json(200, { ok: true });
};

export const handler = createHandler(run, defaultContext);
