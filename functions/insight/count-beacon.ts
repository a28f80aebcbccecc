/**
 * Counts one beacon of the search script (or one ping of the results page): a search, or an opened
 * result. Rate limited per client like looking up a reference, with a counter of its own and five
 * times the room, since one reader searches more often than she sends suggestions. No AWS here.
 */
import { clientKey } from '../shared/client-key.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { RateLimitedError } from '../shared/errors.ts';
import { countOpened, countSearch } from '../shared/insight/counts.ts';
import type { SearchBeacon } from './search-beacon.ts';

/** Beacons per client in any 60 minutes, against suggestions: a reader searches far more often than she writes. */
export const BEACONS_PER_SUGGESTION = 5;

/** Throws RateLimitedError past the hourly limit. */
export async function countBeacon(ctx: AppContext, beacon: SearchBeacon, clientAddress: string): Promise<void> {
  const { env, storage } = ctx;
  if (env.SUGGESTION_RATE_LIMIT > 0) {
    const verdict = await storage.consumeRateLimit(
      (hourStart) => clientKey(`insight ${clientAddress}`, env.RATE_LIMIT_SALT, hourStart),
      env.SUGGESTION_RATE_LIMIT * BEACONS_PER_SUGGESTION,
    );
    if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
  }
  if (beacon.opened) await countOpened(ctx, beacon.q);
  else await countSearch(ctx, beacon.q, beacon.results);
}
