/**
 * POST /api/feedback — "Fant du svar på det du lurte på?" from the widget at the end of a page:
 * Ja or Nei (202 with the answer's token), then optionally a comment sent with that token.
 */
import { feedbackText } from '../../src/core/text/feedback.ts';
import { defaultContext } from '../shared/dependencies.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { describeError, NotFoundError } from '../shared/errors.ts';
import { errorResponse, isFormPost, json, parseBody, seeOther } from '../shared/http.ts';
import { answerToken, feedbackReturnUrl, formToFeedback, parseFeedback, readAnswerToken } from './feedback.ts';
import { feedbackOf } from '../shared/storage/parts.ts';
import { countPageAnswer, countQuietly } from '../shared/insight/counts.ts';

export const run: RouteLogic = async (event, ctx) => {
  const form = isFormPost(event);
  let page: string | undefined;
  try {
    const body = parseBody(event);
    const input = body.format === 'form' ? formToFeedback(body.value as Record<string, string>) : body.value;
    if (body.format === 'form') page = (input as { page?: string }).page;
    const feedback = parseFeedback(input);
    if (feedback.answer !== undefined) {
      const added = await feedbackOf(ctx).addFeedbackComment({
        page: feedback.page,
        ...readAnswerToken(feedback.answer),
        comment: feedback.comment!,
      });
      if (!added) throw new NotFoundError(feedbackText('answerNotFound'));
      return form ? seeOther(feedbackReturnUrl(feedback.page, 'thanks')) : json(202, { ok: true });
    }
    const entry = await feedbackOf(ctx).recordFeedback({
      page: feedback.page,
      useful: feedback.useful,
      ...(feedback.comment !== undefined ? { comment: feedback.comment } : {}),
    });
    // The day's Ja/Nei for the insight; a comment joining this answer later is not a second answer.
    await countQuietly('page answer', () => countPageAnswer(ctx, feedback.page, feedback.useful));
    return form ? seeOther(feedbackReturnUrl(feedback.page, 'thanks')) : json(202, { ok: true, answer: answerToken(entry) });
  } catch (error) {
    if (!form) throw error;
    // Without JavaScript there is nothing useful to show for a failed vote; the reader goes
    // back to the page they were on, where the note at the anchor says what happened.
    if (!describeError(error).expected) errorResponse(error, event);
    return seeOther(feedbackReturnUrl(page, 'failed'));
  }
};

export const handler = createHandler(run, defaultContext);
