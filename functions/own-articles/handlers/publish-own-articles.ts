/**
 * POST /api/moderation/own-articles/publish — publishes the chosen (default: all waiting) own
 * articles of the request kommune: 202 with a publication that rebuilds that kommune only.
 * Idempotent for a repeated Idempotency-Key, and for the same revisions while they are pending.
 */
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { header, json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { publicationView } from '../../shared/publishing/publications.ts';
import { defaultPublishingContext } from '../../shared/book/with-book.ts';
import { parsePublishKey } from '../../articles/article-request.ts';
import { withOwnPublisher } from '../own-article-context.ts';
import { parsePublishOwn } from '../own-article-request.ts';
import { publishOwnArticles } from '../own-articles.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const empty = (event.body ?? '').trim() === '';
  const body = empty ? { format: 'json' as const, value: {} } : parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const key = parsePublishKey(header(event, 'idempotency-key'));
  const { slugs } = parsePublishOwn(body.value);
  const publication = await publishOwnArticles(withOwnPublisher(ctx), editor, slugs, key);
  return json(202, publicationView(publication, ctx.now()));
});

export const handler = createHandler(run, defaultPublishingContext);
