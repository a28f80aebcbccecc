/** The shapes the storage module returns. Key attributes never leave it. */
import type { Contact } from './contact.ts';
import type { SuggestionKind, SuggestionStatus } from './statuses.ts';

export type { Contact, SuggestionKind, SuggestionStatus };

/** Who sent a suggestion: a citizen, or a council verified by its code. */
export type SuggestionSource = { type: 'citizen' } | { type: 'council'; councilId: string; councilName: string };

export type HistoryAction = 'created' | 'updated' | 'contact-erased';

/** Fields an editor's update can change, as recorded in history. */
export type ChangedField = 'status' | 'public' | 'publicAnswer';

/** One change, written once and never rewritten. Erasure records who and when, not what. */
export type HistoryEntry = {
  version: number;
  at: string;
  /** Editor id (token subject or name) or "submitter" for the creation. */
  actor: string;
  action: HistoryAction;
  fromStatus?: SuggestionStatus;
  toStatus?: SuggestionStatus;
  changed?: ChangedField[];
  note?: string;
};

export type Suggestion = {
  id: string;
  kind: SuggestionKind;
  /** Exactly as sent. */
  text: string;
  title?: string;
  /** Article slug. */
  topic?: string;
  source: SuggestionSource;
  status: SuggestionStatus;
  /** Starts at 1; every change adds 1. Updates must name the version they saw. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** When the suggestion reached a closed status; contact data expires a set time after. */
  closedAt?: string;
  hasContact: boolean;
  /** Shown on /forslag/ when true. */
  public: boolean;
  publicAnswer?: string;
  answeredAt?: string;
};

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
};

export type FeedbackEntry = { id: string; page: string; useful: boolean; comment?: string; createdAt: string };

export type PageFeedbackSummary = { page: string; yes: number; no: number; comments: number; lastAt: string };

export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** What editors see of a council: never the code's hash, which is only for lookups. */
export type CouncilView = { id: string; name: string; createdAt: string; codeCreatedAt: string; active: boolean; revokedAt?: string };

/** What the public answers page may show of a suggestion: an explicit allow-list, never contact data. */
export type PublicAnswer = {
  id: string;
  kind: Suggestion['kind'];
  status: Suggestion['status'];
  title?: string;
  text: string;
  topic?: string;
  /** The council's name when a council sent it; citizens stay anonymous. */
  council?: string;
  answer?: string;
  createdAt: string;
  answeredAt?: string;
};
