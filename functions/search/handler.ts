/**
 * GET /api/sok?q=… — the search results page without JavaScript. Every search form submits
 * here; CloudFront caches the answer per query. With JavaScript the page's script takes over as
 * on /sok/, without searching again for what the server already answered.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resultsDocumentTitle, searchMessages } from '../../src/core/search/search-messages.ts';
import { paths } from '../../src/core/paths.ts';
import { cleanQuery } from '../../src/core/search/clean-query.ts';
import { processEnv } from '../shared/env.ts';
import type { RouteLogic } from '../shared/handler.ts';
import { errorResponse, html, seeOther, type APIGatewayProxyEventV2, type Handler } from '../shared/http.ts';
import { renderSearchPage } from './search-page.ts';
import { searchSite } from './search-site.ts';

/** Browsers keep a results page for five minutes, CloudFront for a day (each deploy clears it). */
export const RESULTS_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400';

/** In Lambda the built files lie beside the bundle (infra copies them there). */
const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));

const texts = { messages: searchMessages(), documentTitle: resultsDocumentTitle };

async function answer(event: APIGatewayProxyEventV2, siteDir: string) {
  const query = cleanQuery(event.queryStringParameters?.q ?? '');
  // An empty search has nothing to show: the static search page says what to do.
  if (!query) return seeOther(paths.search());
  const site = await searchSite(siteDir);
  const outcome = await site.search(query);
  return html(200, renderSearchPage(site.template, outcome, texts), { 'cache-control': RESULTS_CACHE_CONTROL });
}

export const run: RouteLogic = (event, ctx) => answer(event, ctx.siteDir?.() ?? ctx.env.SEARCH_SITE_DIR ?? BUNDLE_DIR);

/**
 * Not through the shared context: this page never touches the table, so its bundle leaves the
 * AWS SDK out (a smaller, faster-starting function).
 */
export const handler: Handler = async (event) => {
  try {
    return await answer(event, processEnv().SEARCH_SITE_DIR ?? BUNDLE_DIR);
  } catch (error) {
    return errorResponse(error, event);
  }
};
