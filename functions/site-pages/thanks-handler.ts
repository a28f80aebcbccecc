/**
 * GET /api/foresla/takk?referanse=&rad= — the thank-you page with the reference and the council,
 * as the form's 303 (and the form script) send it: readable without JavaScript. Touches no table,
 * so its Lambda leaves the AWS SDK out (builtSiteRoute).
 */
import { html, seeOther, type APIGatewayProxyEventV2 } from '../shared/http.ts';
import { paths } from '../../src/core/paths.ts';
import { parseReference } from '../../src/core/suggestions/reference.ts';
import { builtSiteRoute, sitePage } from '../shared/built-site.ts';
import { fillPlaceholders, reveal } from './built-page.ts';
import { THANKS_PAGE } from './page-files.ts';

/** Council names are at most this long (see moderation/council-view.ts). */
const COUNCIL_NAME_MAX = 100;

async function answer(event: APIGatewayProxyEventV2, siteDir: string) {
  const reference = parseReference(event.queryStringParameters?.referanse ?? '');
  if (!reference) return seeOther(paths.thanks());
  const council = (event.queryStringParameters?.rad ?? '').trim().slice(0, COUNCIL_NAME_MAX);
  let page = reveal(await sitePage(siteDir, THANKS_PAGE.file), THANKS_PAGE.receipt);
  if (council) page = reveal(page, THANKS_PAGE.council);
  return html(200, fillPlaceholders(page, { reference, council }));
}

export const { run, handler } = builtSiteRoute(answer);
