/**
 * What the search script sends after the reader stops typing or submits (navigator.sendBeacon):
 * `{ q, results }` for a search, and the same `q` with `opened: true` when the reader opens one of
 * its results. Without JavaScript the results page asks the browser to ping the same address when
 * a result is opened (`<a ping>`): a `text/ping` body, the question in `?q=`. No AWS here.
 */
import * as z from 'zod/mini';
import { MAX_QUERY_LENGTH } from '../../src/core/search/clean-query.ts';
import { insightText } from '../../src/core/text/insight.ts';
import { header, parseBody, type APIGatewayProxyEventV2 } from '../shared/http.ts';
import { parseWith } from '../shared/parse.ts';

/** More results than any search shows; a count above it is not from the search script. */
const MAX_RESULTS = 1000;

export const searchBeaconSchema = z.object({
  /** The question as the reader typed it; counted in its cleaned form, or only in the day's total when it looks like personal data. */
  q: z
    .string({ error: insightText('beacon.q') })
    .check(z.minLength(1, insightText('beacon.q')), z.maxLength(MAX_QUERY_LENGTH * 4, insightText('beacon.q'))),
  /** How many results the search showed (0: none). */
  results: z
    .number({ error: insightText('beacon.results') })
    .check(
      z.int(insightText('beacon.results')),
      z.gte(0, insightText('beacon.results')),
      z.lte(MAX_RESULTS, insightText('beacon.results')),
    ),
  /** True: the reader opened a result of this search (sent as a second beacon). */
  opened: z.optional(z.boolean({ error: insightText('beacon.opened') })),
});

/** A search with its results, or an opened result (what a ping says). */
export type SearchBeacon = z.infer<typeof searchBeaconSchema> | { q: string; opened: true };

/** A browser's hyperlink-auditing ping (HTML `<a ping>`): it carries no body of ours, only the address. */
const isPing = (event: APIGatewayProxyEventV2) => (header(event, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase() === 'text/ping';

/** The beacon of a request; throws ValidationError naming the bad fields, as every route does. */
export function parseSearchBeacon(event: APIGatewayProxyEventV2): SearchBeacon {
  if (isPing(event)) {
    const { q } = parseWith(z.object({ q: searchBeaconSchema.shape.q }), { q: event.queryStringParameters?.q });
    return { q, opened: true as const };
  }
  const body = parseBody(event);
  return parseWith(searchBeaconSchema, body.value);
}
