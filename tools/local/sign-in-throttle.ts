/**
 * Slows down password guessing on the local sign-in: after MAX_FAILURES wrong passwords from one
 * address within WINDOW_MS, every attempt from it (a right password too) is refused until the
 * oldest failure is WINDOW_MS old. The failures are kept in the table (as an HMAC of the address),
 * so restarting the local server does not clear them.
 */
import { createHmac } from 'node:crypto';
import { AppError } from '../../functions/shared/errors.ts';
import type { SignInFailureStorage } from '../../functions/shared/storage/sign-in-failures.ts';
import { moderationText } from '../../src/core/text/moderation.ts';

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

export class TooManySignInAttemptsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'too-many-sign-in-attempts', moderationText('signIn.tooManyAttempts', { minutes: Math.ceil(retryAfterSeconds / 60) }), {
      headers: { 'retry-after': String(retryAfterSeconds) },
    });
  }
}

export type SignInThrottle = ReturnType<typeof signInThrottle>;

/** `salt` keys the HMAC of each address (the rate limits' secret). */
export function signInThrottle(storage: SignInFailureStorage, salt: string, now: () => Date) {
  const hashOf = (address: string) => createHmac('sha256', salt).update(`sign-in ${address}`).digest('base64url');
  return {
    /** Throws TooManySignInAttemptsError while the address is held back. */
    async check(address: string): Promise<void> {
      const at = now().getTime();
      const recent = await storage.failuresSince(hashOf(address), at - WINDOW_MS);
      if (recent.length >= MAX_FAILURES) throw new TooManySignInAttemptsError(Math.ceil((recent[0]! + WINDOW_MS - at) / 1000));
    },
    async failed(address: string): Promise<void> {
      const at = now().getTime();
      await storage.recordFailure(hashOf(address), at, at - WINDOW_MS, Math.ceil((at + WINDOW_MS) / 1000));
    },
    async succeeded(address: string): Promise<void> {
      await storage.clearFailures(hashOf(address));
    },
  };
}
