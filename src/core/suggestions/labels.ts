/** Names of kinds and statuses as editors and council members read them in the queue, the export and drafts. */
import type { SuggestionKind, SuggestionStatus } from './statuses.ts';

export const KIND_LABELS: Readonly<Record<SuggestionKind, string>> = {
  'new-topic': 'Nytt tema',
  correction: 'Feil eller mangler',
  question: 'Spørsmål',
};

export const STATUS_LABELS: Readonly<Record<SuggestionStatus, string>> = {
  new: 'Ny',
  'in-review': 'Under behandling',
  accepted: 'Godkjent',
  published: 'Publisert',
  rejected: 'Avvist',
  duplicate: 'Duplikat',
};
