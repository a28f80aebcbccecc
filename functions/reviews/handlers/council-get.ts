/** GET /api/council/reviews/{id} — the revision to review and the text readers see now, for the council asked. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { councilRoute } from '../../shared/council-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { councilReviewPath } from '../review-request.ts';
import { councilReview } from '../reviews.ts';

export const run = councilRoute(async (event, ctx, council) =>
  json(200, await councilReview(withBook(ctx), council, councilReviewPath(event.pathParameters?.id))),
);

export const handler = createHandler(run, defaultContext);
