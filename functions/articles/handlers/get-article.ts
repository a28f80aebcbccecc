/** GET /api/moderation/articles/{slug}[?version=n] — the newest source (a revision, or git with version 0), or revision n. */
import { publishingText } from '../../../src/core/text/publishing.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { withBook } from '../../shared/book/with-book.ts';
import { pathSlug } from '../../shared/book/path-slug.ts';
import { getArticle } from '../editor-articles.ts';

export const run = editorRoute('kommune', async (event, ctx) => {
  const slug = pathSlug(event.pathParameters?.slug);
  const asked = event.queryStringParameters?.version;
  if (asked !== undefined && !/^\d{1,6}$/.test(asked)) throw new NotFoundError(publishingText('error.revisionNotFound'));
  return json(200, await getArticle(withBook(ctx), slug, asked === undefined ? undefined : Number(asked)));
});

export const handler = createHandler(run, defaultContext);
