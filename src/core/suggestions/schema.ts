/**
 * What a citizen or council may send (POST /api/suggestions and the plain form); the stored and
 * shown shapes are in model.ts. Every suggestion-related type (types.ts) is derived from these
 * two schemas with z.infer; none is written twice.
 */
import * as z from 'zod/mini';
import { blankAsMissing, charLength, cleanText, contactSchema, optionalText, type Contact } from './contact.ts';
import { COUNCIL_CODE_MAX, PAGE_MAX, TEXT_MAX, TEXT_MIN, TITLE_MAX } from './limits.ts';
import { SUGGESTION_KINDS } from './statuses.ts';
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
  /** The fact («Stemmer ikke dette?» under a contact card or price box) a correction is about, by its id. */
  fact: blankAsMissing(z.string({ error: apiText('suggestion.fact') }).check(z.regex(/^[a-z0-9-]{1,60}$/, apiText('suggestion.fact')))),
  /** How editors may answer; stored apart from the suggestion and deleted after a while. */
  contact: blankAsMissing(contactSchema),
  /** A council's code, making the suggestion come from that council. */
  councilCode: optionalText(COUNCIL_CODE_MAX, apiText('suggestion.councilCode')),
  /** «Send meg svar på e-post»: only meaningful together with contact.email. */
  notify: z.optional(z.boolean({ error: apiText('suggestion.notify') })),
  /** «Redaksjonen kan vise teksten din på nettsiden, uten navnet ditt»: without it the text is never shown publicly. Default off. */
  publishText: z.optional(z.boolean({ error: apiText('suggestion.publishText') })),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.optional(z.unknown()),
});

export type SuggestionRequest = z.infer<typeof suggestionRequestSchema>;

/** Optional properties as absent rather than `undefined`: what code builds under exactOptionalPropertyTypes. */
export type Present<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/** A validated submission, ready to store. Contact is absent unless something was filled in. */
export type NewSuggestion = Present<Omit<SuggestionRequest, 'website' | 'contact'>> & { contact?: Present<Contact> };
