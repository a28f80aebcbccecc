/**
 * The suggestion domain: what a citizen or council may send, the statuses an editor moves it
 * through, and what of it may be shown publicly. No AWS here; storage lives in shared/storage.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import '../shared/zod-norwegian-fallback.ts';
import { BadRequestError, ValidationError, type FieldErrors } from '../shared/errors.ts';
import { SUGGESTION_KINDS, type SuggestionKind } from '../../src/core/suggestions/statuses.ts';
import { blankAsMissing, charLength, contactSchema, optionalText, type Contact } from '../../src/core/suggestions/contact.ts';
import { COUNCIL_CODE_MAX, TEXT_MAX, TEXT_MIN, TITLE_MAX } from '../../src/core/suggestions/limits.ts';
import { apiText } from '../../src/core/text/api.ts';


/** The body of POST /api/suggestions. Text is validated trimmed but kept exactly as sent. */
export const suggestionRequestSchema = z.object({
  /** What the suggestion is: a new topic, a correction, or a question. */
  kind: z.enum(SUGGESTION_KINDS, { error: apiText('suggestion.kind') }),
  /** The suggestion itself, 10–4000 characters after trimming. */
  text: z.string({ error: apiText('suggestion.text') }).check(
    z.refine((value) => value.trim() !== '', apiText('suggestion.text')),
    z.refine((value) => value.trim() === '' || charLength(value.trim()) >= TEXT_MIN, apiText('suggestion.textMin', { min: TEXT_MIN })),
    z.refine((value) => charLength(value.trim()) <= TEXT_MAX, apiText('suggestion.textMax', { max: TEXT_MAX })),
  ),
  /** A short heading, optional. */
  title: optionalText(TITLE_MAX, apiText('suggestion.titleMax', { max: TITLE_MAX })),
  /** Slug of the article the suggestion concerns; checked against the known articles. */
  topic: blankAsMissing(z.string({ error: apiText('suggestion.topic') }).check(z.maxLength(200, apiText('suggestion.topic')))),
  /** How editors may answer; stored apart from the suggestion and deleted after a while. */
  contact: blankAsMissing(contactSchema),
  /** A council's code, making the suggestion come from that council. */
  councilCode: optionalText(COUNCIL_CODE_MAX, apiText('suggestion.councilCode')),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.optional(z.unknown()),
});

export type SuggestionRequest = z.infer<typeof suggestionRequestSchema>;

/** A validated submission, ready to store. Contact is absent unless something was filled in. */
export type NewSuggestion = {
  kind: SuggestionKind;
  text: string;
  title?: string;
  topic?: string;
  contact?: Contact;
  councilCode?: string;
};

export type ParsedSubmission = { honeypot: true } | { honeypot: false; suggestion: NewSuggestion };

/** The part of a zod error we read; classic and mini errors both have it. */
export type IssueList = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

/** Turns zod issues into `{ field: message }`, first message per field, dotted paths for nested ones. */
export function fieldErrors(error: IssueList): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (path === '') {
      throw new BadRequestError('invalid-body', apiText('suggestion.invalidBody'));
    }
    if (!Object.hasOwn(fields, path)) Object.defineProperty(fields, path, { value: issue.message, enumerable: true, writable: true });
  }
  return fields;
}

/**
 * Validates a submission against the contract. Throws ValidationError naming each bad field,
 * or BadRequestError when the body is not an object at all.
 */
export function parseSubmission(input: unknown, topics: ReadonlySet<string>): ParsedSubmission {
  const result = suggestionRequestSchema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  const request = result.data;
  if (typeof request.website === 'string' ? request.website.trim() !== '' : request.website !== undefined && request.website !== null) {
    return { honeypot: true };
  }
  if (request.topic !== undefined && !topics.has(request.topic)) {
    throw new ValidationError({ topic: apiText('suggestion.unknownTopic') });
  }
  const contact = request.contact && Object.values(request.contact).some((value) => value !== undefined) ? request.contact : undefined;
  return {
    honeypot: false,
    suggestion: {
      kind: request.kind,
      text: request.text,
      ...(request.title !== undefined ? { title: request.title } : {}),
      ...(request.topic !== undefined ? { topic: request.topic } : {}),
      ...(contact ? { contact: pruneContact(contact) } : {}),
      ...(request.councilCode !== undefined ? { councilCode: request.councilCode.trim() } : {}),
    },
  };
}

function pruneContact(contact: Contact): Contact {
  return Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined)) as Contact;
}

/** The plain HTML form's flat fields in the JSON shape of the contract. */
export function formToSubmission(fields: Record<string, string>): Record<string, unknown> {
  const pick = (name: string) => (Object.hasOwn(fields, name) ? fields[name] : undefined);
  return {
    kind: pick('kind'),
    text: pick('text'),
    title: pick('title'),
    topic: pick('topic'),
    contact: { name: pick('name'), email: pick('email'), phone: pick('phone') },
    councilCode: pick('councilCode'),
    website: pick('website'),
  };
}

export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7e]{1,64}$/;

/** Reads the optional Idempotency-Key header; throws BadRequestError when it is malformed. */
export function parseIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!IDEMPOTENCY_KEY_PATTERN.test(value)) {
    throw new BadRequestError('invalid-idempotency-key', apiText('suggestion.idempotencyKey'));
  }
  return value;
}

/**
 * The id a keyed submission gets: derived from the key and the exact body, so a retry of the
 * same request lands on the same item (a conditional put then refuses the duplicate), while two
 * clients that happen to pick the same key for different suggestions get different items.
 */
export function idempotentId(key: string, suggestion: NewSuggestion): string {
  const canonical = JSON.stringify([key, suggestion.kind, suggestion.text, suggestion.title ?? null, suggestion.topic ?? null,
    suggestion.contact?.name ?? null, suggestion.contact?.email ?? null, suggestion.contact?.phone ?? null, suggestion.councilCode ?? null]);
  const hex = createHash('sha256').update(canonical).digest('hex');
  // Formatted like a UUID (version 8, "custom") so every id has one shape.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
