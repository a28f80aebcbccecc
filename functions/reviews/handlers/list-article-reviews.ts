/** GET /api/moderation/articles/{slug}/reviews — every review request about the article with the councils' statements. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { pathSlug } from '../../shared/book/path-slug.ts';
import { articleReviews } from '../reviews.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const slug = pathSlug(event.pathParameters?.slug);
  return json(200, { items: await articleReviews(withBook(ctx), slug) });
});

export const handler = createHandler(run, defaultContext);
