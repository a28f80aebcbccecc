/**
 * GET /api/sok?q=… — the search results page without JavaScript. Every search form submits
 * here, and each search is counted for the insight (the day, the question in its counted form,
 * how many results; functions/shared/insight/counts.ts), so CloudFront never answers it from its
 * cache. The server renderer draws the search page with the results (src/pages/rendered/sok.astro);
 * with JavaScript the page's script takes over as on /sok/, without searching again for what the
 * server already answered.
 */
import { paths } from '../../src/core/paths.ts';
import { cleanQuery } from '../../src/core/search/clean-query.ts';
import { seeOther, type APIGatewayProxyEventV2 } from '../shared/http.ts';
import { searchSite } from './search-site.ts';
import { builtSiteOf } from '../shared/built-site.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { processEnv, type Env } from '../shared/env.ts';
import { countQuietly, countSearch, type CountingContext } from '../shared/insight/counts.ts';
import { renderedPage } from '../shared/rendered-page.ts';

/**
 * The reader's browser may keep a results page five minutes (a reload or Back is not a new search);
 * nothing between keeps it, so every search reaches the function and is counted.
 */
export const RESULTS_CACHE_CONTROL = 'private, max-age=300';
/** A page that says «Åpent nå» or «Stengt nå» is true for the minute it was made: kept one minute. */
export const TIMED_RESULTS_CACHE_CONTROL = 'private, max-age=60';

/** What the results page needs: the environment and clock the counts take, and where the built site is (the request's kommune's in a book). */
type SearchContext = CountingContext & { env: Env } & Parameters<typeof builtSiteOf>[0];

async function answer(event: APIGatewayProxyEventV2, ctx: SearchContext) {
  const query = cleanQuery(event.queryStringParameters?.q ?? '');
  // An empty search has nothing to show: the static search page says what to do.
  if (!query) return seeOther(paths.search());
  const site = builtSiteOf(ctx);
  const search = await searchSite(site.siteDir);
  const outcome = await search(query);
  await countQuietly('search', () => countSearch(ctx, query, outcome.hits.length));
  // Opening status is told for the request's own instant, in Norwegian time.
  const timed = outcome.hits.some((hit) => hit.contact !== undefined);
  return renderedPage(site.serverDir, 'search', { outcome, now: ctx.now().toISOString() }, 200, {
    'cache-control': timed ? TIMED_RESULTS_CACHE_CONTROL : RESULTS_CACHE_CONTROL,
  });
}

export const run: RouteLogic = answer;

/** In Lambda without the shared context: the counts' storage is all of the table this page uses. */
export const handler = createHandler<SearchContext>(answer, () => ({ env: processEnv(), now: () => new Date() }));
