/**
 * Which status an editor may move a suggestion to. A suggestion is triaged (in review), then
 * decided (accepted, rejected or a duplicate); only an accepted one can later be published.
 */
import type { SuggestionStatus } from './statuses.ts';

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
