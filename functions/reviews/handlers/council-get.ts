/** GET /api/council/reviews/{id} — the revision to review and the text readers see now, for the council asked. */
import { defaultContext } from '../../shared/context.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { councilRoute } from '../../councils/council-route.ts';
import { withBook } from '../../articles/article-context.ts';
import { councilReviewPath } from '../review-request.ts';
import { councilReview } from '../reviews.ts';

export const run = councilRoute(async (event, ctx, council) =>
  json(200, await councilReview(withBook(ctx), council, councilReviewPath(event.pathParameters?.id))),
);

export const handler = createHandler(run, defaultContext);
