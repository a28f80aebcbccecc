/**
 * Where a request of a kommune of a book is sent on to (a 303 after a form, a page without what
 * it needs): the functions build a page's address as a kommune on its own does (`/foresla/?feil=…`,
 * `/sok/`), and the pages already built for a kommune under its prefix (`/levanger/sykehjem/`) say
 * so themselves. One API serves every kommune, so the address goes to the kommune's own site: under
 * its prefix, or on its own host. The API's own addresses (`/api/…`) and a kommune on its own stay
 * as they are.
 */
import type { APIGatewayProxyResultV2 } from './http.ts';
import { kommuneProfile, type WithProfiles } from './kommune-env.ts';

export function onKommuneSite(result: APIGatewayProxyResultV2, ctx: { env: WithProfiles; kommune?: string }): APIGatewayProxyResultV2 {
  const location = result.headers?.location;
  const site = kommuneProfile(ctx.env, ctx.kommune)?.siteUrl;
  if (!site || typeof location !== 'string' || !location.startsWith('/') || location.startsWith('//') || location.startsWith('/api/')) {
    return result;
  }
  const { origin, pathname: base } = new URL(site);
  const onSite = location.startsWith(base) ? location : `${base.replace(/\/$/, '')}${location}`;
  return { ...result, headers: { ...result.headers, location: `${origin}${onSite}` } };
}
