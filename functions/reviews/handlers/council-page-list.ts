/**
 * POST /api/council/page (form field `code`) — the councils' page without JavaScript: the form
 * on /rad/ posts the council code here and gets the same page back with the council's suggestions
 * and review requests filled in by the renderers the page's script uses. Never cached.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { html } from '../../shared/http.ts';
import { councilFormRoute, listPage } from '../council-page.ts';

export const run = councilFormRoute(async (form) => html(200, await listPage(form)));

export const handler = createHandler(run, defaultContext);
