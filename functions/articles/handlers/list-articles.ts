/**
 * GET /api/moderation/articles — every article in the book, with its version and whether a draft
 * waits; in a nynorsk kommune the nynorsk texts, each marked against the bokmål readers get, and
 * `due`: the bokmål changes the nynorsk has not followed yet («Nynorsk må oppdaterast»). Any editor
 * of the kommune may read them; `editable` says whether this editor may also change them (in a
 * book only the national editor, and a nynorsk kommune's own editors its translation). With
 * `?own`, the request kommune's own articles instead (functions/articles/read-own-articles.ts).
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { allows, editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { listArticles, listTranslationsDue } from '../editor-articles.ts';
import { OWN_PARAMETER, readOwnArticles } from '../read-own-articles.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const asked = event.queryStringParameters ?? {};
  if (asked[OWN_PARAMETER] !== undefined) return json(200, await readOwnArticles(ctx, asked));
  const book = withBook(ctx);
  const items = await listArticles(book);
  const editable = allows(editor, 'national-text', ctx);
  return json(200, book.bokmal ? { items, due: await listTranslationsDue(book, items), editable } : { items, editable });
});

export const handler = createHandler(run, defaultContext);
