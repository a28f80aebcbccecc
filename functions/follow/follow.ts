/**
 * «Følg forslaget»: a suggestion's status by its reference. Looking up is rate limited like
 * sending, so references cannot be tried one after another to map the queue.
 */
import { clientKey } from '../shared/client-key.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { NotFoundError, RateLimitedError } from '../shared/errors.ts';
import { parseReference } from '../../src/core/suggestions/reference.ts';
import { toPublicStatus, type PublicStatus } from '../../src/core/suggestions/public-status.ts';
import { apiText } from '../../src/core/text/api.ts';

/** Throws NotFoundError for an unknown or malformed reference, RateLimitedError past the hourly limit. */
export async function followSuggestion(ctx: AppContext, rawReference: string, clientAddress: string): Promise<PublicStatus> {
  const reference = parseReference(rawReference);
  if (!reference) throw new NotFoundError(apiText('error.referenceNotFound'));
  const { storage, env } = ctx;
  if (env.SUGGESTION_RATE_LIMIT > 0) {
    // Its own counter: looking up your suggestion never uses up what you may send.
    const verdict = await storage.consumeRateLimit(
      (hourStart) => clientKey(`follow ${clientAddress}`, env.RATE_LIMIT_SALT, hourStart),
      env.SUGGESTION_RATE_LIMIT,
    );
    if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
  }
  const id = await storage.findSuggestionIdByReference(reference);
  const suggestion = id ? await storage.getSuggestion(id) : undefined;
  // A reference whose request lost a race to a retry of itself points at a suggestion with another reference.
  if (!suggestion || suggestion.reference !== reference) throw new NotFoundError(apiText('error.referenceNotFound'));
  return toPublicStatus({ ...suggestion, reference });
}
