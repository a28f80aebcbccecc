/**
 * Which status an editor may move a suggestion to. A suggestion is triaged (in review), then
 * decided (accepted, rejected or a duplicate); only an accepted one can later be published.
 */
import { BadRequestError } from '../shared/errors.ts';
import type { SuggestionStatus } from '../suggestions/suggestion.ts';
import { STATUS_LABELS } from './labels.ts';

export const TRANSITIONS: Readonly<Record<SuggestionStatus, readonly SuggestionStatus[]>> = {
  new: ['in-review'],
  'in-review': ['accepted', 'rejected', 'duplicate'],
  accepted: ['published'],
  published: [],
  rejected: [],
  duplicate: [],
};

export function canMove(from: SuggestionStatus, to: SuggestionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

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
