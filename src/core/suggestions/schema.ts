/**
 * The one schema of suggestions: what a citizen or council may send (POST /api/suggestions and
 * the plain form), what is stored and what editors and the public see of it. Every
 * suggestion-related type (types.ts) is derived from here with z.infer; none is written twice.
 */
import * as z from 'zod/mini';
import { blankAsMissing, charLength, cleanText, contactSchema, optionalText, type Contact } from './contact.ts';
import { COUNCIL_CODE_MAX, PAGE_MAX, TEXT_MAX, TEXT_MIN, TITLE_MAX } from './limits.ts';
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from './statuses.ts';
import { apiText } from '../text/api.ts';

/** The body of POST /api/suggestions. Text is validated trimmed and kept as sent, less control characters. */
export const suggestionRequestSchema = z.object({
  /** What the suggestion is: a new topic, a correction, or a question. */
  kind: z.enum(SUGGESTION_KINDS, { error: apiText('suggestion.kind') }),
  /** The suggestion itself, 10–4000 characters (as people count them) after trimming. */
  text: cleanText(apiText('suggestion.text')).check(
    z.refine((value) => value.trim() !== '', apiText('suggestion.text')),
    z.refine((value) => value.trim() === '' || charLength(value.trim()) >= TEXT_MIN, apiText('suggestion.textMin', { min: TEXT_MIN })),
    z.refine((value) => charLength(value.trim()) <= TEXT_MAX, apiText('suggestion.textMax', { max: TEXT_MAX })),
  ),
  /** A short heading, optional; shown in lists, so without characters that reorder it. */
  title: optionalText(TITLE_MAX, apiText('suggestion.titleMax', { max: TITLE_MAX })),
  /** Slug of the article the suggestion concerns; checked against the known articles. */
  topic: blankAsMissing(z.string({ error: apiText('suggestion.topic') }).check(z.maxLength(PAGE_MAX, apiText('suggestion.topic')))),
  /** How editors may answer; stored apart from the suggestion and deleted after a while. */
  contact: blankAsMissing(contactSchema),
  /** A council's code, making the suggestion come from that council. */
  councilCode: optionalText(COUNCIL_CODE_MAX, apiText('suggestion.councilCode')),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.optional(z.unknown()),
});

export type SuggestionRequest = z.infer<typeof suggestionRequestSchema>;

/** Optional properties as absent rather than `undefined`: what code builds under exactOptionalPropertyTypes. */
export type Present<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/** A validated submission, ready to store. Contact is absent unless something was filled in. */
export type NewSuggestion = Present<Omit<SuggestionRequest, 'website' | 'contact'>> & { contact?: Present<Contact> };

/** Who sent a suggestion: a citizen, or a council verified by its code. */
export const suggestionSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('citizen') }),
  z.object({ type: z.literal('council'), councilId: z.string(), councilName: z.string() }),
]);

/** Fields an editor's update can change, as recorded in history. */
export const changedFieldSchema = z.enum(['status', 'public', 'publicAnswer']);

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
});

/** A suggestion as stored and as editors see it (contact data and history come separately). */
export const suggestionSchema = z.object({
  id: z.string(),
  kind: z.enum(SUGGESTION_KINDS),
  /** As sent, less control characters. */
  text: z.string(),
  title: z.optional(z.string()),
  /** Article slug. */
  topic: z.optional(z.string()),
  source: suggestionSourceSchema,
  status: z.enum(SUGGESTION_STATUSES),
  /** Starts at 1; every change adds 1. Updates must name the version they saw. */
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the suggestion reached a closed status; contact data expires a set time after. */
  closedAt: z.optional(z.string()),
  hasContact: z.boolean(),
  /** Shown on the public answers page when true. */
  public: z.boolean(),
  publicAnswer: z.optional(z.string()),
  answeredAt: z.optional(z.string()),
});

/** What the public answers page may show of a suggestion: an explicit allow-list, never contact data. */
export const publicAnswerSchema = z.object({
  ...z.pick(suggestionSchema, { id: true, kind: true, status: true, title: true, text: true, topic: true, createdAt: true, answeredAt: true }).shape,
  /** The council's name when a council sent it; citizens stay anonymous. */
  council: z.optional(z.string()),
  answer: z.optional(z.string()),
});
