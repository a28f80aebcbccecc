/**
 * The suggestion domain: what a citizen or council may send, the statuses an editor moves it
 * through, and what of it may be shown publicly. No AWS here; storage lives in shared/storage.
 */
import { createHash } from 'node:crypto';
import { ValidationError } from '../shared/errors.ts';
import { parseWith } from '../shared/parse.ts';
import type { Contact } from '../../src/core/suggestions/contact.ts';
import { suggestionRequestSchema, type NewSuggestion, type Present } from '../../src/core/suggestions/schema.ts';
import { apiText } from '../../src/core/text/api.ts';

export type { NewSuggestion } from '../../src/core/suggestions/schema.ts';

export type ParsedSubmission = { honeypot: true } | { honeypot: false; suggestion: NewSuggestion };

/**
 * Validates a submission against the contract. Throws ValidationError naming each bad field,
 * or BadRequestError when the body is not an object at all.
 */
export function parseSubmission(input: unknown, topics: ReadonlySet<string>): ParsedSubmission {
  const request = parseWith(suggestionRequestSchema, input);
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
      ...(request.fact !== undefined ? { fact: request.fact } : {}),
      ...(contact ? { contact: pruneContact(contact) } : {}),
      ...(request.councilCode !== undefined ? { councilCode: request.councilCode.trim() } : {}),
      ...(request.notify === true ? { notify: true } : {}),
      ...(request.publishText === true ? { publishText: true } : {}),
    },
  };
}

function pruneContact(contact: Contact): Present<Contact> {
  return Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined)) as Present<Contact>;
}

/** The plain HTML form's flat fields in the JSON shape of the contract. */
export function formToSubmission(fields: Record<string, string>): Record<string, unknown> {
  const pick = (name: string) => (Object.hasOwn(fields, name) ? fields[name] : undefined);
  return {
    kind: pick('kind'),
    text: pick('text'),
    title: pick('title'),
    topic: pick('topic'),
    fact: pick('fact'),
    contact: { name: pick('name'), email: pick('email'), phone: pick('phone') },
    councilCode: pick('councilCode'),
    // A ticked checkbox sends its value; an unticked one sends nothing.
    notify: pick('notify') !== undefined,
    publishText: pick('publishText') !== undefined,
    website: pick('website'),
  };
}

/**
 * The id a keyed submission gets: derived from the key and the exact body, so a retry of the
 * same request lands on the same item (a conditional put then refuses the duplicate), while two
 * clients that happen to pick the same key for different suggestions get different items.
 */
export function idempotentId(key: string, suggestion: NewSuggestion): string {
  const canonical = JSON.stringify([
    key,
    suggestion.kind,
    suggestion.text,
    suggestion.title ?? null,
    suggestion.topic ?? null,
    suggestion.contact?.name ?? null,
    suggestion.contact?.email ?? null,
    suggestion.contact?.phone ?? null,
    suggestion.councilCode ?? null,
    suggestion.publishText ?? false,
    // Only where it is set, so keys of suggestions without a fact give the ids they always gave.
    ...(suggestion.fact !== undefined ? [suggestion.fact] : []),
  ]);
  const hex = createHash('sha256').update(canonical).digest('hex');
  // Formatted like a UUID (version 8, "custom") so every id has one shape.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
