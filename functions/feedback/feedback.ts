/**
 * Page feedback: "Fant du svar på det du lurte på?" Ja / Nei and an optional comment.
 * No AWS here.
 */
import * as z from 'zod/mini';
import { parseWith } from '../shared/parse.ts';
import { blankAsMissing, charLength, cleanText } from '../../src/core/suggestions/contact.ts';
import { COMMENT_MAX, PAGE_MAX } from '../../src/core/suggestions/limits.ts';
import { feedbackText } from '../../src/core/text/feedback.ts';

/** A site path such as "/sykehjem/": one leading slash, URL-safe characters only. */
export const PAGE_PATTERN = /^\/(?!\/)[A-Za-z0-9\-._~/%]*$/;

const pageMessage = feedbackText('page');

/**
 * Names one stored answer ("<createdAt>/<id>"): the 202 for an answer returns it, and a comment
 * written after Ja or Nei sends it back so the comment joins that answer instead of counting anew.
 */
export const ANSWER_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\/([0-9a-f-]{36})$/;

export const answerToken = (entry: { createdAt: string; id: string }): string => `${entry.createdAt}/${entry.id}`;

export function readAnswerToken(token: string): { createdAt: string; id: string } {
  const [, createdAt, id] = ANSWER_PATTERN.exec(token) ?? [];
  return { createdAt: createdAt!, id: id! };
}

export const feedbackRequestSchema = z
  .object({
    /** Path of the page the answer is about, e.g. "/sykehjem/". */
    page: z.string({ error: pageMessage }).check(z.maxLength(PAGE_MAX, pageMessage), z.regex(PAGE_PATTERN, pageMessage)),
    /** Whether the page answered the reader's question. */
    useful: z.boolean({ error: feedbackText('useful') }),
    /** What was missing, in the reader's words; cleaned like suggestions, and without bidi controls since editors read it in a list. */
    comment: blankAsMissing(
      cleanText(feedbackText('comment'), { withoutBidi: true }).check(
        z.refine((value) => charLength(value) <= COMMENT_MAX, feedbackText('commentMax', { max: COMMENT_MAX })),
      ),
    ),
    /** The answer (from its 202) this comment belongs to, when the reader writes after pressing Ja or Nei. */
    answer: z.optional(z.string().check(z.regex(ANSWER_PATTERN, feedbackText('answer')))),
  })
  .check(
    z.refine((value) => value.answer === undefined || value.comment !== undefined, {
      message: feedbackText('commentMissing'),
      path: ['comment'],
    }),
  );

export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

/** Validates a feedback body; throws ValidationError naming the bad fields. */
export function parseFeedback(input: unknown): FeedbackRequest {
  return parseWith(feedbackRequestSchema, input);
}

const YES = new Set(['true', 'ja', 'yes', '1']);
const NO = new Set(['false', 'nei', 'no', '0']);

/** The widget's plain form fields in the JSON shape; an unknown `useful` stays a string and fails validation. */
export function formToFeedback(fields: Record<string, string>): Record<string, unknown> {
  const useful = Object.hasOwn(fields, 'useful') ? fields.useful!.trim().toLowerCase() : undefined;
  return {
    page: Object.hasOwn(fields, 'page') ? fields.page : undefined,
    useful: useful === undefined ? undefined : YES.has(useful) ? true : NO.has(useful) ? false : useful,
    comment: Object.hasOwn(fields, 'comment') ? fields.comment : undefined,
  };
}

export const FEEDBACK_ANCHORS = { thanks: 'takk-for-tilbakemeldingen', failed: 'tilbakemelding-feilet' } as const;

/** Where the no-JavaScript widget returns to: the page itself, at the note for the outcome. */
export function feedbackReturnUrl(page: string | undefined, outcome: keyof typeof FEEDBACK_ANCHORS): string {
  const safe = page !== undefined && page.length <= PAGE_MAX && PAGE_PATTERN.test(page) ? page : '/';
  return `${safe}#${FEEDBACK_ANCHORS[outcome]}`;
}
