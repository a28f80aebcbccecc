/**
 * POST /api/moderation/publish — publishes the chosen (default: all waiting) revisions: 202 with
 * the publication, `queued` while another build runs (it is never refused for a busy builder).
 * Idempotent for a repeated Idempotency-Key, and for the same revisions while they are pending;
 * 409 review-open while a council asked about one of them has not answered, unless `confirm`.
 * A kommune's editor may publish its own things (its facts, its local parts, its own articles:
 * `ownArticles`, a publication of their own); articles (named, or all waiting) need the national
 * text's editor (editor-roles.ts).
 */
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { header, json, parseBody } from '../../shared/http.ts';
import { editorRoute, requireEditorRule } from '../../shared/editor-route.ts';
import { publicationView } from '../../shared/publishing/publications.ts';
import { defaultPublishingContext, withPublisher } from '../../shared/book/with-book.ts';
import { parsePublish, parsePublishKey } from '../article-request.ts';
import { publish } from '../editor-articles.ts';
import { withOwnPublisher } from '../own-article-context.ts';
import { publishOwnArticles } from '../own-articles.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const empty = (event.body ?? '').trim() === '';
  const body = empty ? { format: 'json' as const, value: {} } : parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const key = parsePublishKey(header(event, 'idempotency-key'));
  const request = parsePublish(body.value);
  if (request.ownArticles !== undefined)
    return json(202, publicationView(await publishOwnArticles(withOwnPublisher(ctx), editor, request.ownArticles, key), ctx.now()));
  const onlyKommunes =
    (request.facts !== undefined || request.localParts !== undefined) && (request.slugs === undefined || request.slugs.length === 0);
  if (!onlyKommunes) requireEditorRule(editor, 'national-text', ctx);
  const publication = await publish(
    withPublisher(ctx),
    editor,
    { slugs: request.slugs, facts: request.facts, localParts: request.localParts },
    { idempotencyKey: key, confirm: request.confirm === true },
  );
  return json(202, publicationView(publication, ctx.now()));
});

export const handler = createHandler(run, defaultPublishingContext);
