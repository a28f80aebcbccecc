/** PATCH /api/moderation/articles/{slug}/reviews/{id} { public } — shows a council's statement on the page (or stops). */
import { defaultContext } from '../../shared/context.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../moderation/editor-route.ts';
import { withBook } from '../../articles/article-context.ts';
import { pathSlug } from '../../articles/article-request.ts';
import { editorReviewPath, parsePublicFlag } from '../review-request.ts';
import { showStatement } from '../reviews.ts';

export const run = editorRoute(async (event, ctx, editor) => {
  const slug = pathSlug(event.pathParameters?.slug);
  const id = editorReviewPath(event.pathParameters?.id);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  return json(200, await showStatement(withBook(ctx), editor, slug, id, parsePublicFlag(body.value)));
});

export const handler = createHandler(run, defaultContext);
