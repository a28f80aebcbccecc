/**
 * GET /api/folg?referanse= — «Følg forslaget» without JavaScript: the form on /folg/ submits here
 * and gets the same page back with the status, the answer and the changed page (or why there is
 * none), drawn by the server renderer.
 */
import { followSuggestion } from './follow.ts';
import { clientAddress } from '../shared/client-address.ts';
import { defaultContext } from '../shared/dependencies.ts';
import { NotFoundError, RateLimitedError } from '../shared/errors.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { seeOther } from '../shared/http.ts';
import { builtSiteOf } from '../shared/built-site.ts';
import { renderedPage } from '../shared/rendered-page.ts';
import { paths } from '../../src/core/paths.ts';

/** Long enough for any way of writing a reference, short enough to echo back. */
const FIELD_MAX = 40;

export const run: RouteLogic = async (event, ctx) => {
  const typed = (event.queryStringParameters?.referanse ?? '').trim().slice(0, FIELD_MAX);
  if (!typed) return seeOther(paths.follow());
  const { serverDir } = builtSiteOf(ctx);
  try {
    const found = await followSuggestion(ctx, typed, clientAddress(event, ctx));
    return renderedPage(serverDir, 'follow', { typed, found });
  } catch (error) {
    if (error instanceof NotFoundError) return renderedPage(serverDir, 'follow', { typed, missing: 'not-found' }, 404);
    if (error instanceof RateLimitedError) return renderedPage(serverDir, 'follow', { typed, missing: 'limited' }, 429, error.headers);
    throw error;
  }
};

export const handler = createHandler(run, defaultContext);
