/** GET /api/moderation/mail?state=failed — the e-mail outbox, newest first, so editors see what was not sent. */
import { defaultContext } from '../../shared/dependencies.ts';
import { ValidationError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import type { MailState } from '../../shared/storage/index.ts';
import { outboxOf } from '../../shared/mail/outbox-storage.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { apiText } from '../../../src/core/text/api.ts';

const STATES: readonly MailState[] = ['pending', 'sent', 'failed'];

export const run = editorRoute('kommune', async (event, ctx) => {
  const state = event.queryStringParameters?.state || undefined;
  if (state !== undefined && !STATES.includes(state as MailState)) throw new ValidationError({ state: apiText('query.mailState') });
  const items = await outboxOf(ctx).listMail({ limit: 100, ...(state ? { state: state as MailState } : {}) });
  return json(200, { items });
});

export const handler = createHandler(run, defaultContext);
