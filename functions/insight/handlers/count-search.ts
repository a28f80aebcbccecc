/**
 * POST /api/insight/search — the search script's beacon `{ q, results }` (and `opened: true` when a
 * result is opened), or the results page's ping: 204 with no body, nothing echoed. Origin-checked
 * and rate limited like every public route; only counts are kept, never who sent them.
 */
import { clientAddress } from '../../shared/client-address.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../../shared/handler.ts';
import { countBeacon } from '../count-beacon.ts';
import { parseSearchBeacon } from '../search-beacon.ts';

export const run: RouteLogic = async (event, ctx) => {
  await countBeacon(ctx, parseSearchBeacon(event), clientAddress(event, ctx));
  return { statusCode: 204, headers: { 'cache-control': 'no-store' } };
};

export const handler = createHandler(run, defaultContext);
