/**
 * POST /api/moderation/articles/{slug}/reviews — sends a saved revision to councils for their
 * statement, with a deadline (again: a new deadline), and says who was told by e-mail.
 */
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { mailingContext } from '../../shared/mail/ses-mailing.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { pathSlug } from '../../shared/book/path-slug.ts';
import { parseReviewRequest } from '../review-request.ts';
import { requestReviews } from '../reviews.ts';

export const run = editorRoute('national-text', async (event, ctx, editor) => {
  const slug = pathSlug(event.pathParameters?.slug);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  return json(201, await requestReviews(withBook(ctx), editor, slug, parseReviewRequest(body.value)));
});

export const handler = createHandler(run, mailingContext);
