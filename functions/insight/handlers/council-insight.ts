/**
 * GET /api/council/insight — `Authorization: Council <code>`: the last month's missed searches and
 * the pages most often answered «nei», each above the privacy floor, for /rad/.
 */
import { dayOf, monthUpTo } from '../../../src/core/insight/days.ts';
import { councilRoute } from '../../shared/council-route.ts';
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { councilInsight } from '../../shared/insight/council-month.ts';

export const run = councilRoute(async (_event, ctx) => json(200, await councilInsight(ctx, monthUpTo(dayOf(ctx.now())))));

export const handler = createHandler(run, defaultContext);
