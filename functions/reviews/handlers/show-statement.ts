/**
 * PATCH /api/moderation/articles/{slug}/reviews/{id} { public?, seen? } — shows a council's statement
 * on the page (or stops), and marks the round's news read when an editor has opened it.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { pathSlug } from '../../shared/book/path-slug.ts';
import { editorReviewPath, parseReviewPatch } from '../review-request.ts';
import { markSeen, showStatement } from '../reviews.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const slug = pathSlug(event.pathParameters?.slug);
  const id = editorReviewPath(event.pathParameters?.id);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const patch = parseReviewPatch(body.value);
  const articles = withBook(ctx);
  let review = patch.seen ? await markSeen(articles, slug, id) : undefined;
  if (patch.public !== undefined) review = await showStatement(articles, editor, slug, id, patch.public);
  return json(200, review);
});

export const handler = createHandler(run, defaultContext);
