/**
 * Kinds and statuses of a suggestion, apart from the request schemas so that storage and
 * every Lambda that only needs these names doesn't bundle the validation code.
 */
export const SUGGESTION_KINDS = ['new-topic', 'correction', 'question'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_STATUSES = ['new', 'in-review', 'accepted', 'published', 'rejected', 'duplicate'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** Statuses after which nothing more happens; contact data expires a configured time after. */
export const CLOSED_STATUSES: ReadonlySet<SuggestionStatus> = new Set(['published', 'rejected', 'duplicate']);
