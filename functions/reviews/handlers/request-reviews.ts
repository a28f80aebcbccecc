/**
 * POST /api/moderation/articles/{slug}/reviews — sends a saved revision to councils for their
 * statement, with a deadline (again: a new deadline), and says who was told by e-mail. In a book,
 * `kommuneCouncils` sends the national text to the councils of every kommune named, each asked in
 * its own kommune's storage; the editor must be one who may act for each of them (the national editor).
 * A text goes only to the councils of kommuner that read it in its language: a nynorsk kommune's
 * councils review the nynorsk text, sent from that kommune's own page.
 */
import { ValidationError, UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { mailingContext } from '../../shared/mail/ses-mailing.ts';
import { editorRoute, requireEditorRule } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { pathSlug } from '../../shared/book/path-slug.ts';
import { inKommune } from '../../shared/kommune-context.ts';
import { bookKommuner } from '../../shared/request-kommune.ts';
import { parseReviewRequest } from '../review-request.ts';
import { requestReviews, requestReviewsInKommuner } from '../reviews.ts';
import { publishingText } from '../../../src/core/text/publishing.ts';
import { contentText } from '../../../src/core/text/content.ts';
import { kommuneProfile } from '../../shared/kommune-env.ts';

export const run = editorRoute('national-text', async (event, ctx, editor) => {
  const slug = pathSlug(event.pathParameters?.slug);
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const { councils, kommuneCouncils, ...round } = parseReviewRequest(body.value);
  if (kommuneCouncils !== undefined) {
    const kommuner = bookKommuner(ctx.env);
    if (ctx.kommune === undefined) throw new ValidationError({ kommuneCouncils: publishingText('review.kommuneUnknown') });
    for (const kommune of Object.keys(kommuneCouncils).filter((id) => kommuner.includes(id))) {
      requireEditorRule(editor, 'kommune', inKommune(ctx, kommune));
      const profile = kommuneProfile(ctx.env, kommune);
      if (profile && profile.language !== ctx.env.BOOK_LANGUAGE) {
        throw new ValidationError({
          kommuneCouncils: publishingText('review.otherLanguage', {
            kommune: profile.name,
            language: contentText(`language.${profile.language}`),
          }),
        });
      }
    }
    const contextOf = (kommune: string) => withBook(inKommune(ctx, kommune));
    return json(201, await requestReviewsInKommuner(contextOf, kommuner, editor, slug, { ...round, kommuneCouncils }));
  }
  if (councils === undefined) throw new ValidationError({ councils: publishingText('review.councils') });
  return json(201, await requestReviews(withBook(ctx), editor, slug, { ...round, councils }));
});

export const handler = createHandler(run, mailingContext);
