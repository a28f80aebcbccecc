/** GET /api/moderation/publish/{id} — the publication's status, read from the build service. */
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute, pathId } from '../../moderation/editor-route.ts';
import { defaultPublishingContext, withPublisher } from '../article-context.ts';
import { publicationStatus } from '../editor-articles.ts';

export const run = editorRoute(async (event, ctx) => {
  const publication = await publicationStatus(withPublisher(ctx), pathId(event, 'Fant ikke publiseringen.'));
  return json(200, {
    id: publication.id,
    status: publication.status,
    items: publication.items,
    skipped: publication.skipped,
    ...(publication.message ? { message: publication.message } : {}),
  });
});

export const handler = createHandler(run, defaultPublishingContext);
