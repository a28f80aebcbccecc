/**
 * GET /api/moderation/reviews — rounds with news for editors (a statement came, a deadline passed
 * unanswered): the badge on /redaksjon/. In a book each item carries its kommune: a kommune's editor
 * gets its own kommune's news, the national editor every kommune's.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute, kommunerInView } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { inKommune } from '../../shared/kommune-context.ts';
import { inEachKommune, reviewNews } from '../reviews.ts';

export const run = editorRoute('kommune', async (_event, ctx, editor) => {
  const kommuner = kommunerInView(editor, ctx);
  const items = kommuner
    ? await inEachKommune(kommuner, (kommune) => withBook(inKommune(ctx, kommune)), reviewNews)
    : await reviewNews(withBook(ctx));
  return json(200, { items });
});

export const handler = createHandler(run, defaultContext);
