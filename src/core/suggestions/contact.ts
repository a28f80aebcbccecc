/** The contact data a person may leave with a suggestion, and the length rules every form and the API share. */
// zod/mini: the same zod, tree-shakeable; the classic API adds ~70 KB to every Lambda bundle.
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
  name: optionalText(NAME_MAX, `Navnet kan være høyst ${NAME_MAX} tegn.`),
  /** E-mail for an answer. */
  email: blankAsMissing(z.email({ error: 'Skriv e-postadressen slik: navn@eksempel.no' }).check(z.maxLength(EMAIL_MAX, 'E-postadressen er for lang.'))),
  /** Phone number for an answer. */
  phone: optionalText(PHONE_MAX, `Telefonnummeret kan være høyst ${PHONE_MAX} tegn.`),
}, { error: 'Kontaktopplysningene ble ikke forstått. Fyll ut navn, e-post eller telefon, eller la dem stå tomme.' });

export type Contact = z.infer<typeof contactSchema>;
