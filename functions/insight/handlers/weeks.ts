/** GET /api/moderation/insight/weeks?from&to — searches and missed searches per week of the period, for the chart. */
import { dayOf } from '../../../src/core/insight/days.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { parsePeriod } from '../period.ts';
import { insightWeeks } from '../report.ts';

export const run = editorRoute('kommune', async (event, ctx) =>
  json(200, await insightWeeks(ctx, parsePeriod(event.queryStringParameters, dayOf(ctx.now())))),
);

export const handler = createHandler(run, defaultContext);
