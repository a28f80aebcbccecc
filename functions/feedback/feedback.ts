/**
 * Page feedback: "Fant du svar på det du lurte på?" Ja / Nei and an optional comment.
 * No AWS here.
 */
import * as z from 'zod/mini';
import '../shared/zod-norwegian-fallback.ts';
import { ValidationError } from '../shared/errors.ts';
import { fieldErrors } from '../suggestions/suggestion.ts';
import { blankAsMissing, charLength } from '../../src/core/suggestions/contact.ts';
import { COMMENT_MAX, PAGE_MAX } from '../../src/core/suggestions/limits.ts';
import { apiText } from '../../src/core/text/api.ts';


/** A site path such as "/sykehjem/": one leading slash, URL-safe characters only. */
export const PAGE_PATTERN = /^\/(?!\/)[A-Za-z0-9\-._~/%]*$/;

const pageMessage = apiText('feedback.page');

export const feedbackRequestSchema = z.object({
  /** Path of the page the answer is about, e.g. "/sykehjem/". */
  page: z.string({ error: pageMessage }).check(z.maxLength(PAGE_MAX, pageMessage), z.regex(PAGE_PATTERN, pageMessage)),
  /** Whether the page answered the reader's question. */
  useful: z.boolean({ error: apiText('feedback.useful') }),
  /** What was missing, in the reader's words. */
  comment: blankAsMissing(
    z.string({ error: apiText('feedback.comment') }).check(z.refine((value) => charLength(value) <= COMMENT_MAX, apiText('feedback.commentMax', { max: COMMENT_MAX }))),
  ),
});

export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

/** Validates a feedback body; throws ValidationError naming the bad fields. */
export function parseFeedback(input: unknown): FeedbackRequest {
  const result = feedbackRequestSchema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  return result.data;
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
