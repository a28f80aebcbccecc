/**
 * Route logic for councils: the council code is the credential, sent as
 * `Authorization: Council <code>`. Only an active council's current code passes, and wrong codes
 * are limited per client and code prefix (council-code-guesses.ts).
 */
import { findCouncilByCode } from './council-code-guesses.ts';
import { clientAddress } from './client-address.ts';
import type { AppContext } from './dependencies.ts';
import { CouncilUnauthorizedError } from './errors.ts';
import { authenticatedBy, type RouteLogic } from './handler.ts';
import { header, type APIGatewayProxyEventV2, type APIGatewayProxyResultV2 } from './http.ts';
import type { Council } from '../../src/core/suggestions/types.ts';
import { COUNCIL_CODE_MAX } from '../../src/core/suggestions/limits.ts';

export type CouncilLogic = (event: APIGatewayProxyEventV2, ctx: AppContext, council: Council) => Promise<APIGatewayProxyResultV2>;

const SCHEME = /^Council\s+(.+)$/i;

/**
 * Throws CouncilUnauthorizedError unless `code` is an active council's current code, and
 * CouncilCodeGuessesError when this client or this code's prefix has tried too many wrong ones.
 */
export async function councilByCode(ctx: AppContext, code: string | undefined, client: string): Promise<Council> {
  if (!code || code.length > COUNCIL_CODE_MAX) throw new CouncilUnauthorizedError();
  const council = await findCouncilByCode(ctx, code, client);
  if (!council) throw new CouncilUnauthorizedError();
  return council;
}

/** Throws CouncilUnauthorizedError unless the header names an active council's current code (and as councilByCode). */
export const councilFor = (ctx: AppContext, authorization: string | undefined, client: string): Promise<Council> =>
  councilByCode(ctx, SCHEME.exec(authorization?.trim() ?? '')?.[1]?.trim(), client);

export function councilRoute(logic: CouncilLogic): RouteLogic {
  return authenticatedBy('council', async (event, ctx: AppContext) =>
    logic(event, ctx, await councilFor(ctx, header(event, 'authorization'), clientAddress(event, ctx))),
  );
}
