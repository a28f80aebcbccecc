import { describe, expect, it } from 'vitest';
import { assertTransition } from '../../../functions/editors/transitions.ts';
import { canMove } from '../../../src/core/suggestions/transitions.ts';
import { BadRequestError } from '../../../functions/shared/errors.ts';
import { SUGGESTION_STATUSES, type SuggestionStatus } from '../../../src/core/suggestions/statuses.ts';

const ALLOWED: [SuggestionStatus, SuggestionStatus][] = [
  ['new', 'in-review'],
  ['in-review', 'accepted'],
  ['in-review', 'rejected'],
  ['in-review', 'duplicate'],
  ['accepted', 'published'],
];

const allowed = (from: SuggestionStatus, to: SuggestionStatus) => ALLOWED.some(([a, b]) => a === from && b === to);

describe('status transitions', () => {
  const pairs = SUGGESTION_STATUSES.flatMap((from) => SUGGESTION_STATUSES.map((to) => [from, to] as const));

  it.each(pairs.filter(([from, to]) => allowed(from, to)))('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(pairs.filter(([from, to]) => !allowed(from, to)))('refuses %s → %s with a 400 in Norwegian', (from, to) => {
    expect(canMove(from, to)).toBe(false);
    try {
      assertTransition(from, to);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as BadRequestError).status).toBe(400);
      expect((error as BadRequestError).code).toBe('invalid-transition');
      expect((error as BadRequestError).message).toMatch(/kan ikke få status/);
    }
  });

  it('names what is allowed instead', () => {
    expect(() => assertTransition('new', 'accepted')).toThrow(
      'Et forslag med status «Ny» kan ikke få status «Godkjent». Du kan velge «Under behandling».',
    );
    expect(() => assertTransition('rejected', 'accepted')).toThrow(/Den kan ikke endres mer/);
  });
});
