/**
 * POST /api/council/page (form field `code`) — the councils' page without JavaScript: the form
 * on /rad/ posts the council code here and gets the page back with the council's suggestions and
 * review requests. Never cached.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { createHandler } from '../../shared/handler.ts';
import { councilFormRoute, listPage } from '../council-page.ts';

export const run = councilFormRoute((form) => listPage(form));

export const handler = createHandler(run, defaultContext);
