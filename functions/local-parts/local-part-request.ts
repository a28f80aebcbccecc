/** The body of PUT /api/moderation/local-parts/{slug}/{slot} and a local part's place, validated. No AWS here. */
import * as z from 'zod/mini';
import '../shared/zod-norwegian-fallback.ts';
import { BadRequestError, NotFoundError } from '../shared/errors.ts';
import { parseWith } from '../shared/parse.ts';
import { LOCAL_PART_MAX } from '../../src/core/local-parts/check-local-part.ts';
import { SLOT_NAME_PATTERN } from '../../src/core/schemas/local-parts.ts';
import { SLUG_PATTERN } from '../../src/core/slug.ts';
import { localText } from '../../src/core/text/local.ts';

export const saveLocalPartSchema = z.object({
  /** The kommune's paragraphs, a blank line between them; empty takes the paragraph away from the article. */
  text: z
    .string({ error: localText('error.text') })
    .check(z.maxLength(LOCAL_PART_MAX, localText('error.tooLong', { max: LOCAL_PART_MAX }))),
  /** The day the kommune last checked the text (YYYY-MM-DD), shown beside it; needed unless the text is empty. */
  date: z.optional(z.union([z.literal(''), z.iso.date({ error: localText('error.date') })], { error: localText('error.date') })),
  /** The version the editor started from: 0 for a slot with nothing saved yet. */
  version: z.number({ error: localText('error.version') }).check(z.int(), z.gte(0, localText('error.version'))),
});

export type SaveLocalPartRequest = z.infer<typeof saveLocalPartSchema>;

export function parseSaveLocalPart(input: unknown): SaveLocalPartRequest {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new BadRequestError('invalid-body', localText('error.invalidBody'));
  return parseWith(saveLocalPartSchema, input);
}

/** A local part's place: the article's `slug` and the slot's `slot` (path or query parameters); NotFoundError for anything that can't be one. */
export function pathLocalPart(parameters: Record<string, string | undefined> | undefined): { slug: string; slot: string } {
  const slug = parameters?.slug ?? '';
  const slot = parameters?.slot ?? '';
  if (!SLUG_PATTERN.test(slug) || !SLOT_NAME_PATTERN.test(slot)) throw new NotFoundError(localText('error.slotNotFound'));
  return { slug, slot };
}
