/** GET /api/moderation/feedback — every page readers answered "Fant du svar?" on, with Ja/Nei counts, most "Nei" first. */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { feedbackOf } from '../../shared/storage/parts.ts';

export const run = editorRoute('kommune', async (_event, ctx) => json(200, { items: await feedbackOf(ctx).listFeedbackPages() }));

export const handler = createHandler(run, defaultContext);
