/** POST /api/council/reviews/{id}/statement { verdict, text? } — the council's statement, in its name; it may change it until the text is published. */
import { mailingContext } from '../../shared/mail/ses-mailing.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { councilRoute } from '../../shared/council-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { councilReviewPath, parseStatement } from '../review-request.ts';
import { giveStatement } from '../reviews.ts';

export const run = councilRoute(async (event, ctx, council) => {
  const id = councilReviewPath(event.pathParameters?.id);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  return json(200, (await giveStatement(withBook(ctx), council, id, parseStatement(body.value))).review);
});

export const handler = createHandler(run, mailingContext);
