/** GET /api/moderation/publish/{id} — the publication's status, read from the build service. */
import { publishingText } from '../../../src/core/text/publishing.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute, pathId } from '../../moderation/editor-route.ts';
import { defaultPublishingContext, withPublisher } from '../article-context.ts';
import { publicationStatus, publicationView } from '../editor-articles.ts';

export const run = editorRoute(async (event, ctx) => {
  const publication = await publicationStatus(withPublisher(ctx), pathId(event, publishingText('error.publicationNotFound')));
  return json(200, publicationView(publication));
});

export const handler = createHandler(run, defaultPublishingContext);
