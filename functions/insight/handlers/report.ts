/**
 * GET /api/moderation/insight?from=YYYY-MM-DD&to=YYYY-MM-DD — the editors' insight for a period:
 * `{ searches: { total, top, missed }, pages, suggestions, reviews }` (src/core/insight/model.ts).
 */
import { dayOf } from '../../../src/core/insight/days.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { parsePeriod } from '../period.ts';
import { insightReport } from '../report.ts';

export const run = editorRoute('kommune', async (event, ctx) =>
  json(200, await insightReport(ctx, parsePeriod(event.queryStringParameters, dayOf(ctx.now())))),
);

export const handler = createHandler(run, defaultContext);
