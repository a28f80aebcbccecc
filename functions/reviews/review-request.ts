/** The bodies of the review routes, validated. No AWS here. */
import * as z from 'zod/mini';
import { NotFoundError } from '../shared/errors.ts';
import { parseWith } from '../shared/parse.ts';
import { parseCouncilReviewId, parseEditorReviewId, REVIEW_VERDICTS, STATEMENT_MAX } from '../../src/core/articles/reviews.ts';
import { blankAsMissing, charLength, cleanText } from '../../src/core/suggestions/contact.ts';
import { publishingText } from '../../src/core/text/publishing.ts';

const councilId = z.string().check(z.regex(/^[\w-]{1,64}$/, publishingText('review.councilUnknown')));

const councilList = z
  .array(councilId, { error: publishingText('review.councils') })
  .check(z.minLength(1, publishingText('review.councils')), z.maxLength(20, publishingText('review.councils')));

const requestSchema = z
  .object({
    /** The saved revision the councils are to read. */
    version: z.number({ error: publishingText('review.version') }).check(z.int(), z.gte(1, publishingText('review.version'))),
    /** The councils asked, by id: the request's kommune's (or a kommune on its own's). */
    councils: z.optional(councilList),
    /**
     * In a book: the councils asked in each kommune, by kommune id. The national text's round goes to
     * every kommune named, each council asked in its own kommune's storage; `councils` is then left out.
     */
    kommuneCouncils: z.optional(
      z.record(z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*$/, publishingText('review.kommuneUnknown'))), councilList, {
        error: publishingText('review.councils'),
      }),
    ),
    /** The last day to answer, YYYY-MM-DD. */
    deadline: z.string({ error: publishingText('review.deadline') }).check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, publishingText('review.deadline')),
      z.refine((value) => !Number.isNaN(Date.parse(value)), publishingText('review.deadline')),
    ),
  })
  .check(
    z.refine((value) => value.councils !== undefined || value.kommuneCouncils !== undefined, {
      message: publishingText('review.councils'),
      path: ['councils'],
    }),
  );

const statementSchema = z
  .object({
    verdict: z.enum(REVIEW_VERDICTS, { error: publishingText('review.verdict') }),
    /** The remarks; needed with «Vi har merknader». */
    text: blankAsMissing(
      cleanText(publishingText('review.textRequired')).check(
        z.refine((value) => charLength(value.trim()) <= STATEMENT_MAX, publishingText('review.textMax', { max: STATEMENT_MAX })),
      ),
    ),
  })
  .check(
    z.refine((value) => value.verdict !== 'remarks' || value.text !== undefined, {
      message: publishingText('review.textRequired'),
      path: ['text'],
    }),
  );

const patchSchema = z
  .object({
    /** Show the statement's text on the article page (from the next publication). */
    public: z.optional(z.boolean({ error: publishingText('review.public') })),
    /** The editor has opened the round: its news is read. */
    seen: z.optional(z.literal(true, { error: publishingText('review.seen') })),
  })
  .check(z.refine((value) => value.public !== undefined || value.seen !== undefined, publishingText('review.public')));

export type ReviewRequest = z.infer<typeof requestSchema>;
export type StatementRequest = z.infer<typeof statementSchema>;

export const parseReviewRequest = (input: unknown): ReviewRequest => parseWith(requestSchema, input);
export const parseStatement = (input: unknown): StatementRequest => parseWith(statementSchema, input);
export type ReviewPatch = z.infer<typeof patchSchema>;
export const parseReviewPatch = (input: unknown): ReviewPatch => parseWith(patchSchema, input);

/** The council's `{id}` («sykehjem.3»); NotFoundError for anything else. */
export function councilReviewPath(value: string | undefined): { slug: string; version: number } {
  const parsed = parseCouncilReviewId(value ?? '');
  if (!parsed) throw new NotFoundError(publishingText('review.notFound'));
  return parsed;
}

/** The editors' `{id}` («3.<council id>»); NotFoundError for anything else. */
export function editorReviewPath(value: string | undefined): { version: number; councilId: string } {
  const parsed = parseEditorReviewId(value ?? '');
  if (!parsed) throw new NotFoundError(publishingText('review.notFound'));
  return parsed;
}
