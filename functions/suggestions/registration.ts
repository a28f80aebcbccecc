/**
 * A suggestion an editor writes down for someone who phoned, wrote a letter, came to a meeting
 * or sent an e-mail: the same rules as the web form, plus the channel and, when a council
 * brought it, which council.
 */
import * as z from 'zod/mini';
import { ValidationError } from '../shared/errors.ts';
import { fieldErrors } from '../shared/parse.ts';
import { parseSubmission, type NewSuggestion } from './suggestion.ts';
import { REGISTERED_CHANNELS } from '../../src/core/suggestions/channels.ts';
import { moderationText } from '../../src/core/text/moderation.ts';

const registrationSchema = z.object({
  /** How it reached the editors. */
  channel: z.enum(REGISTERED_CHANNELS, { error: moderationText('registration.channel') }),
  /** Council id when a council brought it; absent for a citizen. */
  council: z.optional(z.string().check(z.regex(/^[\w-]{1,64}$/, moderationText('registration.council')))),
});

export type Registration = { suggestion: NewSuggestion; channel: (typeof REGISTERED_CHANNELS)[number]; councilId?: string };

/** Throws ValidationError naming every bad field, the suggestion's and the registration's together. */
export function parseRegistration(input: unknown, topics: ReadonlySet<string>): Registration {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const registration = registrationSchema.safeParse({ channel: body.channel, council: body.council === '' ? undefined : body.council });
  let suggestion: NewSuggestion | undefined;
  let fields = registration.success ? {} : fieldErrors(registration.error);
  try {
    // Staff type what they hear: no honeypot and no council code here.
    const parsed = parseSubmission({ ...body, website: undefined, councilCode: undefined }, topics);
    if (!parsed.honeypot) suggestion = parsed.suggestion;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    fields = { ...error.fields, ...fields };
  }
  if (!registration.success || !suggestion) throw new ValidationError(fields);
  return { suggestion, channel: registration.data.channel, ...(registration.data.council ? { councilId: registration.data.council } : {}) };
}
