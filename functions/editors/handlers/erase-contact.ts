/** DELETE /api/moderation/suggestions/{id}/contact — erases the contact data at once; history keeps who and when. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { contactErasureOf } from '../../shared/storage/parts.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { apiText } from '../../../src/core/text/api.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  await contactErasureOf(ctx).eraseContact(pathId(event, apiText('error.suggestionNotFound')), editor.name);
  return json(204);
});

export const handler = createHandler(run, defaultContext);
