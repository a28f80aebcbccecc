/** The Idempotency-Key header the public forms' JSON clients send, so a retried request is stored once. */
import { BadRequestError } from './errors.ts';
import { apiText } from '../../src/core/text/api.ts';

export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7e]{1,64}$/;

/** Reads the optional Idempotency-Key header; throws BadRequestError when it is malformed. */
export function parseIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!IDEMPOTENCY_KEY_PATTERN.test(value)) {
    throw new BadRequestError('invalid-idempotency-key', apiText('suggestion.idempotencyKey'));
  }
  return value;
}
