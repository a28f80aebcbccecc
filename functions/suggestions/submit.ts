/**
 * The rules of taking in a suggestion, in order: a retried request gets its first answer,
 * the client's limit for the last 60 minutes, the council code, then its reference and one stored item.
 */
import { randomUUID } from 'node:crypto';
import { findCouncilByCode } from '../shared/council-code-guesses.ts';
import { clientKey } from '../shared/client-key.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { InvalidCouncilCodeError, RateLimitedError } from '../shared/errors.ts';
import type { RegisteredChannel, Suggestion, SuggestionSource } from '../../src/core/suggestions/types.ts';
import { formatReference, referenceYear } from '../../src/core/suggestions/reference.ts';
import { idempotentId, type NewSuggestion } from './suggestion.ts';

/** `council` tells the thank-you page whom the suggestion was sent for. */
export type Receipt = { id: string; status: 'new'; reference: string; council?: { name: string } };

export type SubmitRequest = { idempotencyKey?: string | undefined; clientAddress: string };

function receiptOf(suggestion: Suggestion): Receipt {
  return {
    id: suggestion.id,
    status: 'new',
    reference: suggestion.reference ?? '',
    ...(suggestion.source.type === 'council' ? { council: { name: suggestion.source.councilName } } : {}),
  };
}

/** Throws RateLimitedError, InvalidCouncilCodeError, or StorageUnavailableError. */
export async function submitSuggestion(ctx: AppContext, suggestion: NewSuggestion, request: SubmitRequest): Promise<Receipt> {
  const { storage, env } = ctx;
  const id = request.idempotencyKey ? idempotentId(request.idempotencyKey, suggestion) : randomUUID();
  if (request.idempotencyKey) {
    const earlier = await storage.getSuggestion(id);
    if (earlier) {
      // The first attempt may have died after storing the suggestion and before its contact was kept.
      await storage.completeSuggestion(earlier);
      return receiptOf(earlier);
    }
  }

  if (env.SUGGESTION_RATE_LIMIT > 0) {
    const verdict = await storage.consumeRateLimit(
      (hourStart) => clientKey(request.clientAddress, env.RATE_LIMIT_SALT, hourStart),
      env.SUGGESTION_RATE_LIMIT,
    );
    if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
  }

  const source = await sourceOf(ctx, suggestion.councilCode, request.clientAddress);
  return receiptOf(await storeWithReference(ctx, id, suggestion, source));
}

/** Registered by an editor for someone who phoned, wrote or came to a meeting: no rate limit, the channel kept. */
export async function registerSuggestion(
  ctx: AppContext,
  suggestion: NewSuggestion,
  channel: RegisteredChannel,
  councilId?: string,
): Promise<Receipt> {
  let source: SuggestionSource = { type: 'citizen' };
  if (councilId !== undefined) {
    const council = await ctx.storage.getCouncil(councilId);
    if (!council || council.revokedAt !== undefined) throw new InvalidCouncilCodeError();
    source = { type: 'council', councilId: council.id, councilName: council.name };
  }
  return receiptOf(await storeWithReference(ctx, randomUUID(), suggestion, source, channel));
}

async function sourceOf(ctx: AppContext, councilCode: string | undefined, client: string): Promise<SuggestionSource> {
  if (councilCode === undefined) return { type: 'citizen' };
  const council = await findCouncilByCode(ctx, councilCode, client);
  if (!council) throw new InvalidCouncilCodeError();
  return { type: 'council', councilId: council.id, councilName: council.name };
}

/** A concurrent retry of the same request may win the write: then its reference is the answer. */
async function storeWithReference(
  ctx: AppContext,
  id: string,
  suggestion: NewSuggestion,
  source: SuggestionSource,
  channel?: RegisteredChannel,
): Promise<Suggestion> {
  const reference = await ctx.storage.allocateReference(id);
  const { councilCode: _code, notify, ...content } = suggestion;
  const { suggestion: stored } = await ctx.storage.createSuggestion({
    id,
    reference,
    ...content,
    source,
    ...(channel ? { channel } : {}),
    ...(notify && content.contact?.email ? { notify: true } : {}),
  });
  return stored;
}

/** A made-up receipt for a bot that filled in the honeypot: it looks accepted, nothing is stored. */
export function decoyReceipt(now: Date): Receipt {
  return { id: randomUUID(), status: 'new', reference: formatReference(referenceYear(now), 1 + Math.floor(Math.random() * 9999)) };
}
