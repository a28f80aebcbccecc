/** PATCH /api/moderation/feedback/entry { page, createdAt, id, handled } — marks a page-feedback comment handled, or not again. */
import * as z from 'zod/mini';
import { PAGE_PATTERN } from '../feedback.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { log } from '../../shared/log.ts';
import { parseWith } from '../../shared/parse.ts';
import { createFeedbackHandlingStorage } from '../../shared/storage/index.ts';
import { storageOf } from '../../shared/storage/storage-of.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { PAGE_MAX } from '../../../src/core/suggestions/limits.ts';
import { apiText } from '../../../src/core/text/api.ts';
import { moderationText } from '../../../src/core/text/moderation.ts';

const bodySchema = z.object({
  page: z
    .string({ error: apiText('query.page') })
    .check(z.maxLength(PAGE_MAX, apiText('query.page')), z.regex(PAGE_PATTERN, apiText('query.page'))),
  createdAt: z
    .string({ error: moderationText('feedback.entryMissing') })
    .check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, moderationText('feedback.entryMissing'))),
  id: z.string({ error: moderationText('feedback.entryMissing') }).check(z.regex(/^[\w-]{1,64}$/, moderationText('feedback.entryMissing'))),
  handled: z.boolean({ error: moderationText('feedback.handledChoice') }),
});

const feedbackHandling = storageOf(createFeedbackHandlingStorage);

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const { handled, ...entry } = parseWith(bodySchema, body.value);
  const stored = await feedbackHandling(ctx).markFeedbackHandled(entry, editor.name, handled);
  log.info('page feedback handled', { page: entry.page, id: entry.id, handled, editor: editor.name });
  return json(200, stored);
});

export const handler = createHandler(run, defaultContext);
