/** GET /api/moderation/articles/{slug}/reviews — every review request about the article with the councils' statements. */
import { defaultContext } from '../../shared/context.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../moderation/editor-route.ts';
import { withBook } from '../../articles/article-context.ts';
import { pathSlug } from '../../articles/article-request.ts';
import { articleReviews } from '../reviews.ts';

export const run = editorRoute(async (event, ctx) => {
  const slug = pathSlug(event.pathParameters?.slug);
  return json(200, { items: await articleReviews(withBook(ctx), slug) });
});

export const handler = createHandler(run, defaultContext);
