/**
 * Wraps a route's logic into a Lambda handler: gives it the context and turns every thrown
 * error into the one JSON error shape (errors.ts decides the status).
 */
import type { AppContext } from './context.ts';
import { errorResponse, type APIGatewayProxyEventV2, type APIGatewayProxyResultV2, type Handler } from './http.ts';

export type RouteLogic = (event: APIGatewayProxyEventV2, ctx: AppContext) => Promise<APIGatewayProxyResultV2>;

/** `context` is a function so the Lambda builds its context on first use, not at import. */
export function createHandler(logic: RouteLogic, context: () => AppContext): Handler {
  return async (event) => {
    try {
      return await logic(event, context());
    } catch (error) {
      return errorResponse(error, event);
    }
  };
}
