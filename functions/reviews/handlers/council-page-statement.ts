/**
 * POST /api/council/page/statement (form fields `code`, `review`, `verdict`, `text`) — the
 * council's statement without JavaScript, in its name; it may change it until the text is
 * published. Answers with the text and the statement given (200), or with the errors beside the
 * fields and everything typed kept (400), or with the reason it was refused (409: the text is
 * published, or a newer version was sent).
 */
import { withBook } from '../../shared/book/with-book.ts';
import { councilReviewPath, parseStatement } from '../review-request.ts';
import { councilReview, giveStatement } from '../reviews.ts';
import { mailingContext } from '../../shared/mail/ses-mailing.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { councilFormRoute, reviewPage } from '../council-page.ts';
import { statementSentText } from '../../../src/core/councils/council-page.ts';

export const run = councilFormRoute(async (form) => {
  const ctx = withBook(form.ctx);
  const id = councilReviewPath(form.fields.review);
  const typed = { verdict: form.fields.verdict ?? '', text: form.fields.text ?? '' };
  let changed: boolean;
  try {
    ({ changed } = await giveStatement(ctx, form.council, id, parseStatement({ verdict: typed.verdict || undefined, text: typed.text })));
  } catch (error) {
    if (error instanceof ValidationError) {
      const fields = error.fields ?? {};
      const errors = { ...(fields.verdict ? { verdict: fields.verdict } : {}), ...(fields.text ? { text: fields.text } : {}) };
      return reviewPage(form, await councilReview(ctx, form.council, id), 400, { errors, typed });
    }
    if (error instanceof ConflictError) {
      return reviewPage(form, await councilReview(ctx, form.council, id), 409, { status: error.message });
    }
    throw error;
  }
  return reviewPage(form, await councilReview(ctx, form.council, id), 200, {
    status: statementSentText(changed),
  });
});

export const handler = createHandler(run, mailingContext);
