/** The contact data a person may leave with a suggestion, and the field rules every form and the API share. */
// zod/mini: the same zod, tree-shakeable; the classic API adds ~70 KB to every Lambda bundle.
import { apiText } from '../text/api.ts';
import * as z from 'zod/mini';
import { EMAIL_MAX, NAME_MAX, PHONE_MAX } from './limits.ts';
import { withoutBidiControls, withoutControlCharacters } from '../invisible-characters.ts';
import { charLength, isWellFormedText, MALFORMED_TEXT_MESSAGE } from './text-rules.ts';

export { charLength } from './text-rules.ts';

/** Empty, whitespace-only or invisible-only optional fields count as not filled in. */
export const blankAsMissing = <T extends z.core.SomeType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) =>
      typeof value === 'string' && withoutBidiControls(withoutControlCharacters(value)).trim() === '' ? undefined : value,
    ),
    z.optional(schema),
  );

/**
 * A string as people wrote it: refused with a clear message when it holds broken UTF-16,
 * otherwise without control characters (and, with `withoutBidi` for text shown in lists – titles,
 * names, page comments – without bidi controls).
 */
export const cleanText = (message: string, options: { withoutBidi?: boolean } = {}) =>
  z.pipe(
    z.string({ error: message }).check(z.refine(isWellFormedText, MALFORMED_TEXT_MESSAGE)),
    z.transform((value: string) =>
      options.withoutBidi ? withoutBidiControls(withoutControlCharacters(value)) : withoutControlCharacters(value),
    ),
  );

/** An optional one-line field of at most `max` characters as people count them. */
export const optionalText = (max: number, message: string) =>
  blankAsMissing(cleanText(message, { withoutBidi: true }).check(z.refine((value) => charLength(value) <= max, message)));

export const contactSchema = z.object(
  {
    /** Name to address the person by when an editor answers. */
    name: optionalText(NAME_MAX, apiText('contact.nameMax', { max: NAME_MAX })),
    /** E-mail for an answer. */
    email: blankAsMissing(z.email({ error: apiText('contact.email') }).check(z.maxLength(EMAIL_MAX, apiText('contact.emailMax')))),
    /** Phone number for an answer. */
    phone: optionalText(PHONE_MAX, apiText('contact.phoneMax', { max: PHONE_MAX })),
  },
  { error: apiText('contact.invalid') },
);

export type Contact = z.infer<typeof contactSchema>;
