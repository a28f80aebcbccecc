/**
 * The kommune a request is for. A deployment of one kommune has none: every request is that
 * kommune's. In a book of several kommuner (BOOK_KOMMUNER) every request names its kommune in the
 * query string (`?kommune=verdal`): the pages of each kommune build their API addresses and form
 * fields with it (src/core/paths.ts), so one API serves them all and each sees only its own items.
 */
import type { Env } from './env.ts';
import type { APIGatewayProxyEventV2 } from './http.ts';
import { BadRequestError } from './errors.ts';
import { apiText } from '../../src/core/text/api.ts';
import { KOMMUNE_PARAMETER } from '../../src/core/paths.ts';

/** The query parameter (and hidden form field of a GET form) that names the kommune; the pages build it (src/core/paths.ts). */
export { KOMMUNE_PARAMETER };

/** The kommuner of the book, in its order; empty for a kommune on its own. */
export const bookKommuner = (env: Pick<Env, 'BOOK_KOMMUNER'>): string[] => env.BOOK_KOMMUNER?.split(',') ?? [];

/**
 * The request's kommune id, or undefined outside a book. In a book a request that names no
 * kommune, or one the book does not have, is refused (400) before anything else reads it.
 */
export function requestKommune(event: APIGatewayProxyEventV2, env: Pick<Env, 'BOOK_KOMMUNER'>): string | undefined {
  const kommuner = bookKommuner(env);
  if (kommuner.length === 0) return undefined;
  const named = event.queryStringParameters?.[KOMMUNE_PARAMETER];
  if (!named) throw new BadRequestError('kommune-missing', apiText('error.kommuneMissing'));
  if (!kommuner.includes(named)) throw new BadRequestError('kommune-unknown', apiText('error.kommuneUnknown'));
  return named;
}
