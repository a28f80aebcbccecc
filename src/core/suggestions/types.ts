/**
 * The shapes the storage module returns and the domain hands it. Key attributes never leave it.
 * Suggestion shapes are derived from the schemas in model.ts.
 */
import type * as z from 'zod/mini';
import type { Contact } from './contact.ts';
import type {
  changedFieldSchema,
  historyEntrySchema,
  publicAnswerSchema,
  registeredChannelSchema,
  suggestionSchema,
  suggestionSourceSchema,
} from './model.ts';
import type { Present } from './schema.ts';
import type { SuggestionKind, SuggestionStatus } from './statuses.ts';

export type { Contact, SuggestionKind, SuggestionStatus };

export type SuggestionSource = z.infer<typeof suggestionSourceSchema>;

export type HistoryAction = HistoryEntry['action'];

export type ChangedField = z.infer<typeof changedFieldSchema>;

export type HistoryEntry = Present<z.infer<typeof historyEntrySchema>>;

export type Suggestion = Present<z.infer<typeof suggestionSchema>>;

/** Ways a suggestion reaches editors other than the web form; an editor registers it with its registrar. */
export type RegisteredChannel = z.infer<typeof registeredChannelSchema>;

export type SuggestionDetail = Suggestion & { contact: Contact | null; history: HistoryEntry[] };

export type Page<T> = { items: T[]; nextCursor?: string };

export type StatusCounts = Record<SuggestionStatus, number>;

export type Council = {
  id: string;
  name: string;
  createdAt: string;
  /** Hash of the active code; the code itself is never stored. */
  codeHash: string;
  codeCreatedAt: string;
  revokedAt?: string;
  /** Where the council gets e-mail about its suggestions and review requests. */
  contactEmail?: string;
};

export type FeedbackEntry = {
  id: string;
  page: string;
  useful: boolean;
  comment?: string;
  createdAt: string;
  /** The editor who marked the comment handled, and when. */
  handledBy?: string;
  handledAt?: string;
};

export type PageFeedbackSummary = { page: string; yes: number; no: number; comments: number; lastAt: string };

export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** What editors see of a council: never the code's hash, which is only for lookups. */
export type CouncilView = {
  id: string;
  name: string;
  createdAt: string;
  codeCreatedAt: string;
  active: boolean;
  revokedAt?: string;
  contactEmail?: string;
};

export type PublicAnswer = Present<z.infer<typeof publicAnswerSchema>>;

/** A new suggestion as the domain hands it to storage. */
export type CreateSuggestionInput = Pick<
  Suggestion,
  'id' | 'reference' | 'kind' | 'text' | 'title' | 'topic' | 'fact' | 'source' | 'channel' | 'notify' | 'publishText'
> & { contact?: Contact };

/**
 * An editor's change as the domain planned it (functions/editors/decision.ts): every field
 * present is a change, and storage applies exactly that.
 */
export type SuggestionUpdate = {
  /** The version the editor saw; anything else is a conflict. */
  expectedVersion: number;
  actor: string;
  note?: string;
  status?: SuggestionStatus;
  /** The new status closes the suggestion for the first time, so its contact data starts to expire. */
  closes?: true;
  public?: boolean;
  /** A string sets the public answer, null removes it. */
  publicAnswer?: string | null;
  /** A string sets the redacted text shown publicly instead of the sender's, null removes it. */
  publicText?: string | null;
  /** The article whose live revision answered the suggestion. */
  publishedPage?: string;
  /** A name gives the suggestion to that colleague, null takes it back. */
  assignee?: string | null;
};

/** One page of the queue: a status, newest first, with optional filters. */
export type ListSuggestionsInput = {
  status: SuggestionStatus;
  kind?: SuggestionKind;
  councilId?: string;
  topic?: string;
  /** Fact id: only corrections of that fact. */
  fact?: string;
  /** Words the text must contain, as written (DynamoDB's contains is case-sensitive). */
  text?: string;
  /** 1–100. */
  limit: number;
  cursor?: string;
};
