/**
 * GET /api/sok?q=… — the search results page without JavaScript. Every search form submits
 * here; CloudFront caches the answer per query. The server renderer draws the search page with
 * the results (src/pages/rendered/sok.astro); with JavaScript the page's script takes over as on
 * /sok/, without searching again for what the server already answered.
 */
import { paths } from '../../src/core/paths.ts';
import { cleanQuery } from '../../src/core/search/clean-query.ts';
import { seeOther, type APIGatewayProxyEventV2 } from '../shared/http.ts';
import { searchSite } from './search-site.ts';
import { builtSiteRoute, type BuiltSite } from '../shared/built-site.ts';
import { renderedPage } from '../shared/rendered-page.ts';

/** Browsers keep a results page for five minutes, CloudFront for a day (each deploy clears it). */
export const RESULTS_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400';
/** A page that says «Åpent nå» or «Stengt nå» is true for the minute it was made: kept one minute. */
export const TIMED_RESULTS_CACHE_CONTROL = 'public, max-age=60, s-maxage=60';

async function answer(event: APIGatewayProxyEventV2, site: BuiltSite) {
  const query = cleanQuery(event.queryStringParameters?.q ?? '');
  // An empty search has nothing to show: the static search page says what to do.
  if (!query) return seeOther(paths.search());
  const search = await searchSite(site.siteDir);
  const outcome = await search(query);
  // Opening status is told for the request's own instant, in Norwegian time.
  const timed = outcome.hits.some((hit) => hit.contact !== undefined);
  return renderedPage(site.serverDir, 'search', { outcome, now: new Date().toISOString() }, 200, {
    'cache-control': timed ? TIMED_RESULTS_CACHE_CONTROL : RESULTS_CACHE_CONTROL,
  });
}

/** Not through the shared context in Lambda: this page never touches the table (a smaller, faster-starting function). */
export const { run, handler } = builtSiteRoute(answer);
