/**
 * The rules of taking in a suggestion, in order: a retried request gets its first answer,
 * the client's limit for the last 60 minutes, the council code, then one stored item.
 */
import { randomUUID } from 'node:crypto';
import { hashCouncilCode } from '../councils/council-code.ts';
import { clientKey } from '../shared/client-key.ts';
import type { AppContext } from '../shared/context.ts';
import { InvalidCouncilCodeError, RateLimitedError } from '../shared/errors.ts';
import type { SuggestionSource } from '../../src/core/suggestions/types.ts';
import { idempotentId, type NewSuggestion } from './suggestion.ts';

export type Receipt = { id: string; status: 'new' };

export type SubmitRequest = { idempotencyKey?: string | undefined; clientAddress: string };

/** Throws RateLimitedError, InvalidCouncilCodeError, or StorageUnavailableError. */
export async function submitSuggestion(ctx: AppContext, suggestion: NewSuggestion, request: SubmitRequest): Promise<Receipt> {
  const { storage, env } = ctx;
  const id = request.idempotencyKey ? idempotentId(request.idempotencyKey, suggestion) : randomUUID();
  if (request.idempotencyKey && (await storage.getSuggestion(id))) return { id, status: 'new' };

  if (env.SUGGESTION_RATE_LIMIT > 0) {
    const verdict = await storage.consumeRateLimit((hourStart) => clientKey(request.clientAddress, env.RATE_LIMIT_SALT, hourStart), env.SUGGESTION_RATE_LIMIT);
    if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
  }

  let source: SuggestionSource = { type: 'citizen' };
  if (suggestion.councilCode !== undefined) {
    const council = await storage.findCouncilByCodeHash(hashCouncilCode(suggestion.councilCode));
    if (!council) throw new InvalidCouncilCodeError();
    source = { type: 'council', councilId: council.id, councilName: council.name };
  }

  const { councilCode: _code, ...content } = suggestion;
  await storage.createSuggestion({ id, ...content, source });
  return { id, status: 'new' };
}

/** A made-up receipt for a bot that filled in the honeypot: it looks accepted, nothing is stored. */
export function decoyReceipt(): Receipt {
  return { id: randomUUID(), status: 'new' };
}
