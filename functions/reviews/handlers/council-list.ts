/** GET /api/council/reviews — every review request sent to the council (open ones first), with its own statements. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { councilRoute } from '../../shared/council-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { councilReviews } from '../reviews.ts';

export const run = councilRoute(async (_event, ctx, council) =>
  json(200, { council: { name: council.name }, items: await councilReviews(withBook(ctx), council) }),
);

export const handler = createHandler(run, defaultContext);
