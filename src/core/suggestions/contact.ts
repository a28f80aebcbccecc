/** The contact data a person may leave with a suggestion, and the length rules every form and the API share. */
// zod/mini: the same zod, tree-shakeable; the classic API adds ~70 KB to every Lambda bundle.
import { apiText } from '../text/api.ts';
import * as z from 'zod/mini';
import { EMAIL_MAX, NAME_MAX, PHONE_MAX } from './limits.ts';

/** Length in characters as people count them: an emoji or "å" is one. */
export const charLength = (text: string) => [...text].length;

/** Empty or whitespace-only optional fields count as not filled in. */
export const blankAsMissing = <T extends z.core.SomeType>(schema: T) =>
  z.pipe(z.transform((value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)), z.optional(schema));

export const optionalText = (max: number, message: string) =>
  blankAsMissing(z.string({ error: message }).check(z.refine((value) => charLength(value) <= max, message)));

export const contactSchema = z.object({
  /** Name to address the person by when an editor answers. */
  name: optionalText(NAME_MAX, apiText('contact.nameMax', { max: NAME_MAX })),
  /** E-mail for an answer. */
  email: blankAsMissing(z.email({ error: apiText('contact.email') }).check(z.maxLength(EMAIL_MAX, apiText('contact.emailMax')))),
  /** Phone number for an answer. */
  phone: optionalText(PHONE_MAX, apiText('contact.phoneMax', { max: PHONE_MAX })),
}, { error: apiText('contact.invalid') });

export type Contact = z.infer<typeof contactSchema>;
