/** The status rule of the core, as an error an editor can act on. */
import { BadRequestError } from '../shared/errors.ts';
import { moderationText } from '../../src/core/text/moderation.ts';
import type { SuggestionStatus } from '../../src/core/suggestions/statuses.ts';
import { canMove, TRANSITIONS } from '../../src/core/suggestions/transitions.ts';

/** Throws BadRequestError('invalid-transition') naming both statuses and what is allowed instead. */
export function assertTransition(from: SuggestionStatus, to: SuggestionStatus): void {
  if (canMove(from, to)) return;
  const label = (status: SuggestionStatus) => moderationText(`status.${status}`);
  const allowed = TRANSITIONS[from].map((status) => `«${label(status)}»`);
  const instead =
    allowed.length > 0
      ? moderationText('transition.instead', { allowed: allowed.join(moderationText('transition.or')) })
      : moderationText('transition.final');
  throw new BadRequestError('invalid-transition', moderationText('transition.invalid', { from: label(from), to: label(to), instead }), {
    status: moderationText('transition.field', { instead }),
  });
}
