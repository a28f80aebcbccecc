/** The status rule of the core, as an error an editor can act on. */
import { BadRequestError } from '../shared/errors.ts';
import { STATUS_LABELS } from '../../src/core/suggestions/labels.ts';
import type { SuggestionStatus } from '../../src/core/suggestions/statuses.ts';
import { canMove, TRANSITIONS } from '../../src/core/suggestions/transitions.ts';

/** Throws BadRequestError('invalid-transition') naming both statuses and what is allowed instead. */
export function assertTransition(from: SuggestionStatus, to: SuggestionStatus): void {
  if (canMove(from, to)) return;
  const allowed = TRANSITIONS[from].map((status) => `«${STATUS_LABELS[status]}»`);
  const instead = allowed.length > 0 ? ` Du kan velge ${allowed.join(' eller ')}.` : ' Den kan ikke endres mer.';
  throw new BadRequestError(
    'invalid-transition',
    `Et forslag med status «${STATUS_LABELS[from]}» kan ikke få status «${STATUS_LABELS[to]}».${instead}`,
    { status: `Ugyldig statusendring.${instead}` },
  );
}
