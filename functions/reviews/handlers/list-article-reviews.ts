/**
 * GET /api/moderation/articles/{slug}/reviews — every review request about the article with the
 * councils' statements. In a book each item carries its kommune: a kommune's editor sees its own
 * kommune's, the national editor every kommune's, each kommune's statements under it.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute, kommunerInView } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { pathSlug } from '../../shared/book/path-slug.ts';
import { inKommune } from '../../shared/kommune-context.ts';
import { articleReviews, inEachKommune } from '../reviews.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const slug = pathSlug(event.pathParameters?.slug);
  const kommuner = kommunerInView(editor, ctx);
  const items = kommuner
    ? await inEachKommune(
        kommuner,
        (kommune) => withBook(inKommune(ctx, kommune)),
        (own) => articleReviews(own, slug),
      )
    : await articleReviews(withBook(ctx), slug);
  return json(200, { items });
});

export const handler = createHandler(run, defaultContext);
