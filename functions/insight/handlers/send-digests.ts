/**
 * POST /api/moderation/insight/digest — «Send nå»: the month up to today to every council with an
 * e-mail address that has not had this month's e-mail → 200 `{ items: [{ councilId, councilName,
 * outcome: "sent" | "already-sent" | "no-email" }] }`. No body is read.
 */
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { mailingContext } from '../../shared/mail/ses-mailing.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { sendDigestsNow } from '../digest.ts';

export const run = editorRoute('kommune', async (_event, ctx) => json(200, { items: await sendDigestsNow(ctx) }));

export const handler = createHandler(run, mailingContext);
