/** PATCH /api/moderation/councils/{id} { contactEmail } — the council's contact e-mail; null or "" removes it. */
import * as z from 'zod/mini';
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { log } from '../../shared/log.ts';
import { parseWith } from '../../shared/parse.ts';
import { toCouncilView } from '../council-view.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { EMAIL_MAX } from '../../../src/core/suggestions/limits.ts';
import { apiText } from '../../../src/core/text/api.ts';
import { councilAdmin } from '../council-admin.ts';

const settingsSchema = z.object({
  contactEmail: z.nullable(
    z.union([z.literal(''), z.email({ error: apiText('contact.email') }).check(z.maxLength(EMAIL_MAX, apiText('contact.emailMax')))]),
  ),
});

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const id = pathId(event, apiText('error.councilNotFound'));
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const { contactEmail } = parseWith(settingsSchema, body.value);
  const email = contactEmail?.trim() || null;
  const council = await councilAdmin(ctx).setCouncilContact(id, email);
  // Who changed a council's address is part of the editors' record, like decisions are.
  log.info('council contact changed', { councilId: id, editor: editor.name });
  return json(200, { council: toCouncilView(council) });
});

export const handler = createHandler(run, defaultContext);
