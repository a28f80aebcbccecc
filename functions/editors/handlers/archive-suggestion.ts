/**
 * GET /api/moderation/suggestions/{id}/archive?contact=true — «Arkivkopi»: the suggestion with
 * its full history, decision and answer as one JSON document for the kommune's archive.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { apiText } from '../../../src/core/text/api.ts';
import { archiveCopy, archiveFileName } from '../archive-copy.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { parseArchiveQuery } from '../queue-query.ts';

const NOT_FOUND = apiText('error.suggestionNotFound');

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const id = pathId(event, NOT_FOUND);
  const { contact } = parseArchiveQuery(event.queryStringParameters);
  const detail = await ctx.storage.getSuggestionDetail(id);
  if (!detail) throw new NotFoundError(NOT_FOUND);
  const copy = archiveCopy(detail, { includeContact: contact, exportedBy: editor.name, exportedAt: ctx.now() });
  return json(200, copy, { 'content-disposition': `attachment; filename="${archiveFileName(detail)}"` });
});

export const handler = createHandler(run, defaultContext);
