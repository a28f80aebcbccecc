/**
 * POST /api/council/page/review (form fields `code`, `review`) — one text under review, without
 * JavaScript: the page as readers will see it with the changes marked, and the statement form
 * (or the statement given).
 */
import { withBook } from '../../shared/book/with-book.ts';
import { councilReviewPath } from '../review-request.ts';
import { councilReview } from '../reviews.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { councilFormRoute, reviewPage } from '../council-page.ts';

export const run = councilFormRoute(async (form) =>
  reviewPage(form, await councilReview(withBook(form.ctx), form.council, councilReviewPath(form.fields.review))),
);

export const handler = createHandler(run, defaultContext);
