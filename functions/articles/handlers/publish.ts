/** POST /api/moderation/publish — starts publishing the chosen (default: all waiting) revisions; 202. */
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../moderation/editor-route.ts';
import { defaultPublishingContext, withPublisher } from '../article-context.ts';
import { parsePublish } from '../article-request.ts';
import { publicationView, publish } from '../editor-articles.ts';

export const run = editorRoute(async (event, ctx, editor) => {
  const empty = (event.body ?? '').trim() === '';
  const body = empty ? { format: 'json' as const, value: {} } : parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const request = parsePublish(body.value);
  const publication = await publish(withPublisher(ctx), editor, request.slugs, { confirm: request.confirm === true });
  return json(202, publicationView(publication));
});

export const handler = createHandler(run, defaultPublishingContext);
