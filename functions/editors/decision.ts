/**
 * An editor's change to a suggestion (PATCH): validation, the transition rules and the
 * public-answer rule, turned into one update for storage. No AWS here.
 */
import * as z from 'zod/mini';
import { BadRequestError, ValidationError, VersionConflictError } from '../shared/errors.ts';
import type { Suggestion, SuggestionUpdate } from '../../src/core/suggestions/types.ts';
import { parseWith } from '../shared/parse.ts';
import { charLength } from '../../src/core/suggestions/contact.ts';
import { ANSWER_MAX, NAME_MAX, NOTE_MAX, TEXT_MAX } from '../../src/core/suggestions/limits.ts';
import { CLOSED_STATUSES, SUGGESTION_STATUSES } from '../../src/core/suggestions/statuses.ts';
import { assertTransition } from './transitions.ts';
import { moderationText } from '../../src/core/text/moderation.ts';

const trimmedText = (max: number, message: string) =>
  z
    .pipe(
      z.string({ error: message }),
      z.transform((value: string) => value.trim()),
    )
    .check(z.refine((value) => charLength(value) <= max, message));

const versionMessage = moderationText('decision.version');

/** The body of PATCH /api/moderation/suggestions/{id}. */
export const decisionSchema = z.object({
  /** The new status; must be allowed from the current one (see transitions.ts). */
  status: z.optional(z.enum(SUGGESTION_STATUSES, { error: moderationText('decision.status') })),
  /** Why, in the editor's words; kept in the history. */
  note: z.optional(trimmedText(NOTE_MAX, moderationText('decision.note', { max: NOTE_MAX }))),
  /** Whether /forslag/ shows the suggestion with its answer. */
  public: z.optional(z.boolean({ error: moderationText('decision.public') })),
  /** The answer shown on /forslag/; an empty string removes it. */
  publicAnswer: z.optional(trimmedText(ANSWER_MAX, moderationText('decision.answer', { max: ANSWER_MAX }))),
  /**
   * The sender's text as /svar-pa-forslag/ may show it, shortened or with what identifies anyone
   * taken out; shown only when the sender agreed (`publishText`). An empty string removes it.
   */
  publicText: z.optional(trimmedText(TEXT_MAX, moderationText('decision.publicTextMax', { max: TEXT_MAX }))),
  /** The colleague the suggestion is given to; an empty string takes it back. */
  assignee: z.optional(trimmedText(NAME_MAX, moderationText('decision.assigneeMax', { max: NAME_MAX }))),
  /** The version the editor saw; a newer one means someone else changed it first. */
  version: z.number({ error: versionMessage }).check(z.int({ error: versionMessage }), z.gte(1, versionMessage)),
});

export type Decision = z.infer<typeof decisionSchema>;

/** Validates a PATCH body. Throws ValidationError naming each bad field, BadRequestError for a non-object. */
export function parseDecision(input: unknown): Decision {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new BadRequestError('invalid-body', moderationText('decision.invalidBody'));
  }
  return parseWith(decisionSchema, input);
}

/**
 * Checks a decision against the suggestion as it is now and returns the plan storage applies
 * as it is: only what changes, and whether the change closes the suggestion.
 * Throws VersionConflictError for a stale version, BadRequestError for a refused transition,
 * ValidationError when it would show a suggestion publicly without an answer, and
 * BadRequestError('no-changes') when it changes nothing and has no note.
 */
export function planDecision(current: Suggestion, decision: Decision, actor: string): SuggestionUpdate {
  if (decision.version !== current.version) throw new VersionConflictError();
  const status = decision.status !== undefined && decision.status !== current.status ? decision.status : undefined;
  if (status !== undefined) assertTransition(current.status, status);
  if (status === 'published' && current.kind !== 'question') {
    throw new BadRequestError('published-by-the-book', moderationText('decision.publishedByTheBook'));
  }

  const answer = decision.publicAnswer === undefined ? current.publicAnswer : decision.publicAnswer || undefined;
  const shown = decision.public ?? current.public;
  if (shown && answer === undefined) {
    throw new ValidationError({ publicAnswer: moderationText('decision.answerFirst') });
  }

  const update: SuggestionUpdate = {
    expectedVersion: decision.version,
    actor,
    ...(status !== undefined ? { status } : {}),
    ...(status !== undefined && CLOSED_STATUSES.has(status) && current.closedAt === undefined ? { closes: true as const } : {}),
    ...(decision.public !== undefined && decision.public !== current.public ? { public: decision.public } : {}),
    ...(decision.publicAnswer !== undefined && (decision.publicAnswer || undefined) !== current.publicAnswer
      ? { publicAnswer: decision.publicAnswer === '' ? null : decision.publicAnswer }
      : {}),
    ...(decision.publicText !== undefined && (decision.publicText || undefined) !== current.publicText
      ? { publicText: decision.publicText === '' ? null : decision.publicText }
      : {}),
    ...(decision.assignee !== undefined && (decision.assignee || undefined) !== current.assignee
      ? { assignee: decision.assignee || null }
      : {}),
    ...(decision.note ? { note: decision.note } : {}),
  };
  if (
    update.status === undefined &&
    update.public === undefined &&
    update.publicAnswer === undefined &&
    update.publicText === undefined &&
    update.assignee === undefined &&
    update.note === undefined
  ) {
    throw new BadRequestError('no-changes', moderationText('decision.noChanges'));
  }
  return update;
}
