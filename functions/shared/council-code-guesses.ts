/**
 * Council codes cannot be guessed: wrong codes are counted per client and per code prefix (its
 * first group, from every client) in the sliding-window limiter the suggestions use, and a client
 * or prefix at the limit is refused with 429 before the code is looked up, so a guess costs no
 * storage read. Only wrong codes count, so a council using its own code is never slowed. Like the
 * other limits it is off when SUGGESTION_RATE_LIMIT is 0.
 */
import { clientKey } from './client-key.ts';
import type { AppContext } from './dependencies.ts';
import { CouncilCodeGuessesError } from './errors.ts';
import type { ClientHashAt } from './storage/rate-limit.ts';
import { hashCouncilCode, normalizeCouncilCode } from './council-code.ts';
import { COUNCIL_CODE_GUESSES } from '../../src/core/suggestions/limits.ts';
import type { Council } from '../../src/core/suggestions/types.ts';

const PREFIX_LENGTH = 4;

/** The client's counter and the prefix's, each an HMAC under the daily key, never the address or the code. */
function guessCounters(ctx: AppContext, code: string, clientAddress: string): ClientHashAt[] {
  const prefix = normalizeCouncilCode(code).slice(0, PREFIX_LENGTH);
  return [
    (hourStart) => clientKey(`council-code client ${clientAddress}`, ctx.env.RATE_LIMIT_SALT, hourStart),
    (hourStart) => clientKey(`council-code prefix ${prefix}`, ctx.env.RATE_LIMIT_SALT, hourStart),
  ];
}

/** The active council whose current code this is, or undefined; throws CouncilCodeGuessesError at the limit. */
export async function findCouncilByCode(ctx: AppContext, code: string, clientAddress: string): Promise<Council | undefined> {
  const { storage } = ctx;
  const counters = ctx.env.SUGGESTION_RATE_LIMIT > 0 ? guessCounters(ctx, code, clientAddress) : [];
  const verdicts = await Promise.all(counters.map((counter) => storage.checkRateLimit(counter, COUNCIL_CODE_GUESSES)));
  const waits = verdicts.flatMap((verdict) => (verdict.allowed ? [] : [verdict.retryAfterSeconds]));
  if (waits.length > 0) throw new CouncilCodeGuessesError(Math.max(...waits));
  const council = await storage.findCouncilByCodeHash(hashCouncilCode(code));
  if (!council) await Promise.all(counters.map((counter) => storage.consumeRateLimit(counter, COUNCIL_CODE_GUESSES)));
  return council;
}
