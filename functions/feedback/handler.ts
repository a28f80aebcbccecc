/** POST /api/feedback — "Fant du svar på det du lurte på?" from the widget at the end of a page. */
import { defaultContext } from '../shared/context.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { describeError } from '../shared/errors.ts';
import { errorResponse, isFormPost, json, parseBody, seeOther } from '../shared/http.ts';
import { feedbackReturnUrl, formToFeedback, parseFeedback } from './feedback.ts';

export const run: RouteLogic = async (event, ctx) => {
  const form = isFormPost(event);
  let page: string | undefined;
  try {
    const body = parseBody(event);
    const input = body.format === 'form' ? formToFeedback(body.value as Record<string, string>) : body.value;
    if (body.format === 'form') page = (input as { page?: string }).page;
    const feedback = parseFeedback(input);
    await ctx.storage.recordFeedback({ page: feedback.page, useful: feedback.useful, ...(feedback.comment !== undefined ? { comment: feedback.comment } : {}) });
    return form ? seeOther(feedbackReturnUrl(feedback.page, 'thanks')) : json(202, { ok: true });
  } catch (error) {
    if (!form) throw error;
    // Without JavaScript there is nothing useful to show for a failed vote; the reader goes
    // back to the page they were on, where the note at the anchor says what happened.
    if (!describeError(error).expected) errorResponse(error, event);
    return seeOther(feedbackReturnUrl(page, 'failed'));
  }
};

export const handler = createHandler(run, defaultContext);
