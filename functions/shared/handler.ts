/**
 * Wraps a route's logic into a Lambda handler: gives it the context and turns every thrown
 * error into the one JSON error shape (errors.ts decides the status).
 */
import type { AppContext } from './context.ts';
import { errorResponse, header, type APIGatewayProxyEventV2, type APIGatewayProxyResultV2, type Handler } from './http.ts';
import { ORIGIN_SECRET_HEADER, verifyOriginSecret } from './origin-secret.ts';

export type RouteLogic = (event: APIGatewayProxyEventV2, ctx: AppContext) => Promise<APIGatewayProxyResultV2>;

/**
 * `context` is a function so the Lambda builds its context on first use, not at import.
 * A request that did not come through CloudFront is refused before the route sees it.
 */
export function createHandler(logic: RouteLogic, context: () => AppContext): Handler {
  return async (event) => {
    try {
      const ctx = context();
      verifyOriginSecret(ctx.env, header(event, ORIGIN_SECRET_HEADER));
      return await logic(event, ctx);
    } catch (error) {
      return errorResponse(error, event);
    }
  };
}
