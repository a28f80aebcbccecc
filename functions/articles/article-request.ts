/** The bodies of PUT /api/moderation/articles/{slug}, its preview and POST /api/moderation/publish, validated. No AWS here. */
import * as z from 'zod/mini';
import '../shared/zod-norwegian-fallback.ts';
import { BadRequestError } from '../shared/errors.ts';
import { parseWith } from '../shared/parse.ts';
import { SLUG_PATTERN } from '../../src/core/slug.ts';
import { NOTE_MAX } from '../../src/core/suggestions/limits.ts';
import { publishingText } from '../../src/core/text/publishing.ts';
import { localText } from '../../src/core/text/local.ts';
import { SLOT_NAME_PATTERN } from '../../src/core/schemas/local-parts.ts';

/** Longest article file an editor can save, in characters (the request limit is 16 KB). */
export const SOURCE_MAX = 15_000;

const slugText = z.string({ error: publishingText('article.slug') }).check(z.regex(SLUG_PATTERN, publishingText('article.slugPattern')));

export const saveArticleSchema = z.object({
  /** The whole MDX file: frontmatter and body. */
  source: z
    .string({ error: publishingText('article.source') })
    .check(z.maxLength(SOURCE_MAX, publishingText('article.sourceMax', { max: SOURCE_MAX }))),
  /** The version the editor started from: 0 for an article with only its git text, or a new one. */
  version: z.number({ error: publishingText('article.version') }).check(z.int(), z.gte(0, publishingText('article.version'))),
  /** What changed and why, kept with the revision. */
  note: z.optional(
    z.string({ error: publishingText('article.note') }).check(z.maxLength(NOTE_MAX, publishingText('article.noteMax', { max: NOTE_MAX }))),
  ),
  /** The suggestion this change answers. */
  suggestionId: z.optional(
    z.string({ error: publishingText('article.suggestion') }).check(z.regex(/^[\w-]{1,64}$/, publishingText('article.suggestion'))),
  ),
  /** The revision this one restores. */
  restoredFrom: z.optional(
    z.number({ error: publishingText('article.restoredFrom') }).check(z.int(), z.gte(1, publishingText('article.restoredFrom'))),
  ),
  /** Retires the article: its address leads to this article from then on. */
  retiredBy: z.optional(slugText),
  /**
   * A nynorsk kommune's «Oppdatert etter bokmålsteksten»: the nynorsk text now follows the bokmål
   * readers get (its `basedOn` becomes that version); otherwise `basedOn` stays as recorded.
   */
  followsBokmal: z.optional(z.boolean({ error: publishingText('article.followsBokmal') })),
});

export type SaveArticleRequest = z.infer<typeof saveArticleSchema>;

/** The body of POST /api/moderation/articles/preview: the whole MDX file as the editor has it now. */
export const previewArticleSchema = z.object({
  source: saveArticleSchema.shape.source,
  /** The article's address, when it has one: a fact's «Stemmer ikke dette?» in the text names it, as on the reader's page. */
  slug: z.optional(slugText),
});

/** A local part named in POST /api/moderation/publish: the national article and its slot. */
const localPartRef = z.object(
  {
    slug: z.string({ error: localText('error.part') }).check(z.regex(SLUG_PATTERN, localText('error.part'))),
    slot: z.string({ error: localText('error.part') }).check(z.regex(SLOT_NAME_PATTERN, localText('error.part'))),
  },
  { error: localText('error.part') },
);

export const publishSchema = z.object({
  /** Which articles to publish; default: every article with an unpublished revision. */
  slugs: z.optional(
    z.array(slugText).check(z.minLength(1, publishingText('publish.slugsMin')), z.maxLength(2000, publishingText('publish.slugsMax'))),
  ),
  /** Which of the kommune's facts to publish (by id); with only `slugs`, none; with neither, every fact with an unpublished revision. */
  facts: z.optional(
    z
      .array(z.string({ error: publishingText('publish.factId') }).check(z.regex(/^[a-z0-9-]{1,60}$/, publishingText('publish.factId'))))
      .check(z.minLength(1, publishingText('publish.factsMin')), z.maxLength(500, publishingText('publish.slugsMax'))),
  ),
  /** Which of the request's kommune's local parts to publish (a book of several kommuner); with only these, no articles or facts. */
  localParts: z.optional(
    z.array(localPartRef).check(z.minLength(1, localText('error.part')), z.maxLength(500, publishingText('publish.slugsMax'))),
  ),
  /**
   * Which of the request's kommune's own articles to publish (a book of several kommuner,
   * functions/articles/own-articles.ts): with these, only they are published, to that kommune's pages.
   */
  ownArticles: z.optional(
    z.array(slugText).check(z.minLength(1, publishingText('publish.slugsMin')), z.maxLength(500, publishingText('publish.slugsMax'))),
  ),
  /** Publish although a council asked about an article has not answered yet (after «Publisere likevel?»); default false. */
  confirm: z.optional(z.boolean({ error: publishingText('publish.confirm') })),
});

function objectBody(input: unknown, message: string): object {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new BadRequestError('invalid-body', message);
  return input;
}

export function parseSaveArticle(input: unknown): SaveArticleRequest {
  return parseWith(saveArticleSchema, objectBody(input, publishingText('article.invalidBody')));
}

export function parsePreviewArticle(input: unknown): z.infer<typeof previewArticleSchema> {
  return parseWith(previewArticleSchema, objectBody(input, publishingText('article.invalidBody')));
}

export function parsePublish(input: unknown): z.infer<typeof publishSchema> {
  return parseWith(publishSchema, objectBody(input, publishingText('publish.invalidBody')));
}

const publishKeySchema = z.string().check(z.regex(/^[\x20-\x7e]{1,64}$/));

/** The optional Idempotency-Key header of POST /api/moderation/publish; BadRequestError when malformed. */
export function parsePublishKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!publishKeySchema.safeParse(value).success)
    throw new BadRequestError('invalid-idempotency-key', publishingText('publish.idempotencyKey'));
  return value;
}
