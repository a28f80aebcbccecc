/**
 * A kommune's local parts of the national articles (the file a book's kommune names with
 * `localParts`): per article, per named slot (`<LocalPart name="…" />` in the national text), the
 * kommune's own paragraphs and the day they were checked, shown as «Gjelder Levanger kommune».
 */
import { z } from 'zod';
import { schemaMessage } from '../text/validation.ts';
import { isoDate } from './municipality.ts';

/** How a slot's name is written: lowercase a–z and hyphens, e.g. `lokale-regler`. */
export const SLOT_NAME_PATTERN = /^[a-z]+(?:-[a-z]+)*$/;

/** A slot's name in a national article. */
export const slotNameSchema = z.string().regex(SLOT_NAME_PATTERN, schemaMessage('schema.lowercaseId'));

export const localPartSchema = z.strictObject({
  /** The day the kommune last checked its text (YYYY-MM-DD), shown beside it. */
  date: isoDate,
  /** The kommune's own words: plain paragraphs with a blank line between them. */
  text: z.string().trim().min(1, schemaMessage('schema.localPartText')),
});

/** Article slug → slot name → the kommune's text. */
export const localPartsSchema = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.record(slotNameSchema, localPartSchema));

export type LocalPart = z.infer<typeof localPartSchema>;
export type LocalParts = z.infer<typeof localPartsSchema>;
