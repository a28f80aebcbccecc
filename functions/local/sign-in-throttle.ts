/**
 * Slows down password guessing on the local sign-in: after MAX_FAILURES wrong passwords from one
 * address within WINDOW_MS, every attempt from it (a right password too) is refused until the
 * oldest failure is WINDOW_MS old. In memory: the local run is one process.
 */
import { AppError } from '../shared/errors.ts';
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

export function signInThrottle(now: () => Date) {
  const failures = new Map<string, number[]>();
  const recent = (address: string) => {
    const cutoff = now().getTime() - WINDOW_MS;
    const kept = (failures.get(address) ?? []).filter((at) => at > cutoff);
    if (kept.length > 0) failures.set(address, kept);
    else failures.delete(address);
    return kept;
  };
  return {
    /** Throws TooManySignInAttemptsError while the address is held back. */
    check(address: string): void {
      const kept = recent(address);
      if (kept.length >= MAX_FAILURES) {
        throw new TooManySignInAttemptsError(Math.ceil((kept[0]! + WINDOW_MS - now().getTime()) / 1000));
      }
    },
    failed(address: string): void {
      failures.set(address, [...recent(address), now().getTime()]);
    },
    succeeded(address: string): void {
      failures.delete(address);
    },
  };
}
