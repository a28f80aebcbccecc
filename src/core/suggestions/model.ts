/**
 * A suggestion as stored, as editors see it and as the public sees it, as zod schemas. Only
 * types are derived from them (types.ts), so no Lambda bundle carries this module.
 */
import * as z from 'zod/mini';
import { REGISTERED_CHANNELS } from './channels.ts';
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from './statuses.ts';

/** Who sent a suggestion: a citizen, or a council verified by its code. */
export const suggestionSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('citizen') }),
  z.object({ type: z.literal('council'), councilId: z.string(), councilName: z.string() }),
]);

/** How a suggestion reached the editors when an editor registered it for someone, and who did. */
export const registeredChannelSchema = z.object({ via: z.enum(REGISTERED_CHANNELS), registeredBy: z.string() });

/** Fields an editor's update can change, as recorded in history. */
export const changedFieldSchema = z.enum(['status', 'public', 'publicAnswer', 'publicText', 'assignee']);

/** One change, written once and never rewritten. Erasure records who and when, not what. */
export const historyEntrySchema = z.object({
  version: z.number(),
  at: z.string(),
  /** Editor id (token subject or name) or "submitter" for the creation. */
  actor: z.string(),
  action: z.enum(['created', 'updated', 'contact-erased']),
  fromStatus: z.optional(z.enum(SUGGESTION_STATUSES)),
  toStatus: z.optional(z.enum(SUGGESTION_STATUSES)),
  changed: z.optional(z.array(changedFieldSchema)),
  note: z.optional(z.string()),
  /** On the creation of a suggestion an editor registered: how it came in. */
  via: z.optional(z.enum(REGISTERED_CHANNELS)),
  /** When `changed` has «assignee»: the colleague it was given to (absent: no one any more). */
  assignee: z.optional(z.string()),
});

/** A suggestion as stored and as editors see it (contact data and history come separately). */
export const suggestionSchema = z.object({
  id: z.string(),
  /** «F-2026-0042», given when it arrives; suggestions from before references existed have none. */
  reference: z.optional(z.string()),
  kind: z.enum(SUGGESTION_KINDS),
  /** As sent, less control characters. */
  text: z.string(),
  title: z.optional(z.string()),
  /** Article slug. */
  topic: z.optional(z.string()),
  /** The fact a correction from «Stemmer ikke dette?» is about (src/core/facts/facts.ts). */
  fact: z.optional(z.string()),
  source: suggestionSourceSchema,
  /** Set when an editor registered it for someone (phone, letter, meeting, e-mail). */
  channel: z.optional(registeredChannelSchema),
  status: z.enum(SUGGESTION_STATUSES),
  /** Starts at 1; every change adds 1. Updates must name the version they saw. */
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the suggestion reached a closed status; contact data expires a set time after. */
  closedAt: z.optional(z.string()),
  hasContact: z.boolean(),
  /** The sender ticked «Send meg svar på e-post» and gave an e-mail address. */
  notify: z.optional(z.boolean()),
  /** The editor a colleague gave the suggestion to. */
  assignee: z.optional(z.string()),
  /** Shown on the public answers page when true (its text only with the sender's consent, `publishText`). */
  public: z.boolean(),
  /** The sender agreed that the text may be shown on the site, without their name. Absent: never shown. */
  publishText: z.optional(z.boolean()),
  /** The editors' shortened or redacted version of the text, shown instead of it; the original is kept. */
  publicText: z.optional(z.string()),
  publicAnswer: z.optional(z.string()),
  answeredAt: z.optional(z.string()),
  /** The article whose published revision answered it (set when that revision went live). */
  publishedPage: z.optional(z.string()),
});

/** What the public answers page may show of a suggestion: an explicit allow-list, never contact data. */
export const publicAnswerSchema = z.object({
  ...z.pick(suggestionSchema, {
    id: true,
    kind: true,
    status: true,
    topic: true,
    createdAt: true,
    answeredAt: true,
  }).shape,
  /** The sender's heading, only when they agreed to show their words and no redacted version replaces them. */
  title: z.optional(z.string()),
  /** The sender's words (or the editors' redacted version), only when the sender agreed to show them. */
  text: z.optional(z.string()),
  /** The council's name when a council sent it; citizens stay anonymous. */
  council: z.optional(z.string()),
  answer: z.optional(z.string()),
  /** The article page the suggestion changed, once that change is live. */
  changedPage: z.optional(z.string()),
});
