/** Facts as the store keeps them: saved revisions of a fact's value, and what the facts list shows. */
import type { FactKind } from './facts.ts';

/** One saved value of a fact, never rewritten. */
export type FactRevision = {
  id: string;
  version: number;
  /** The fact's value as its schema parsed it. */
  value: Record<string, unknown>;
  /** The editor who saved it. */
  actor: string;
  /** ISO time it was saved. */
  at: string;
  /** What changed and why. */
  note?: string;
  /** The version this one restores. */
  restoredFrom?: number;
};

/** A line of GET /api/moderation/facts: the fact contract's list item. */
export type FactListItem = {
  id: string;
  kind: FactKind;
  title: string;
  /** «Sist kontrollert», YYYY-MM-DD, or null when never checked. */
  lastChecked: string | null;
  /** The day the next check is due, or null when never checked (then it is due now). */
  reviewDue: string | null;
  /** The newest saved version; 0 when only the seed in git exists. */
  version: number;
};
