/**
 * The one pipeline every Lambda handler runs through, in a fixed order:
 *
 * 1. the origin secret: a request that did not come through CloudFront is refused (403);
 * 2. the kommune: in a book of several kommuner the request names its kommune (request-kommune.ts) and
 *    the logic gets a context for that kommune only (`kommune` set, its environment the kommune's),
 *    and everything the answer says is in the kommune's målform (request-language.ts), and a page
 *    it sends the reader on to is on the kommune's own site (kommune-redirect.ts); a kommune on its
 *    own has none;
 * 3. authentication: the route's logic starts with it when the route is not public (editorRoute,
 *    councilRoute, councilFormRoute mark the logic with what they check, and a test holds every
 *    route's mark to its `auth` in functions/routes.ts);
 * 4. request validation and 5. the logic itself (zod schemas at the edge, then the domain call);
 * 6. error mapping: every thrown error becomes the one JSON error shape (errors.ts decides the status);
 * 7. one structured log line per request; every line logged while it runs carries its request id
 *    and route (log.ts).
 */
import type { AppContext } from './dependencies.ts';
import type { Env } from './env.ts';
import { errorResponse, header, type APIGatewayProxyEventV2, type APIGatewayProxyResultV2, type Handler } from './http.ts';
import { log, withRequestLog } from './log.ts';
import { ORIGIN_SECRET_HEADER, verifyOriginSecret } from './origin-secret.ts';
import { requestKommune } from './request-kommune.ts';
import { inKommune } from './kommune-context.ts';
import { onKommuneSite } from './kommune-redirect.ts';
import { kommuneProfile } from './kommune-env.ts';
import { answerIn, inRequestScope } from './request-language.ts';

/** What authenticates a route's caller: nobody (public), an editor's bearer token, or a council code. */
export type Authentication = 'public' | 'editor' | 'council';

/**
 * The least a handler's context carries: the environment with the origin secrets and the book's
 * kommuner, and – in a book – the kommune the request is for.
 */
export type RouteContext = {
  env: Pick<Env, 'ORIGIN_SECRET' | 'ORIGIN_SECRET_PREVIOUS' | 'BOOK_KOMMUNER'> & Partial<Pick<Env, 'BOOK_KOMMUNE_PROFILES'>>;
  /** The request's kommune in a book of several kommuner (step 2 of the pipeline); undefined for a kommune on its own. */
  kommune?: string;
};

export type RouteLogic<Ctx extends RouteContext = AppContext> = ((
  event: APIGatewayProxyEventV2,
  ctx: Ctx,
) => Promise<APIGatewayProxyResultV2>) & {
  /** The authentication the logic runs first; absent: public. */
  readonly authentication?: Authentication;
};

/** Marks route logic that authenticates its caller before anything else (step 2 of the pipeline). */
export function authenticatedBy<Ctx extends RouteContext>(
  authentication: Exclude<Authentication, 'public'>,
  logic: (event: APIGatewayProxyEventV2, ctx: Ctx) => Promise<APIGatewayProxyResultV2>,
): RouteLogic<Ctx> {
  return Object.assign(logic, { authentication });
}

/**
 * The Lambda handler for route logic. `context` is a function so the Lambda builds its context on
 * first use, not at import; a handler that renders built pages only brings a light one.
 */
export function createHandler<Ctx extends RouteContext>(logic: RouteLogic<Ctx>, context: () => Ctx): Handler {
  return (event) =>
    inRequestScope(() =>
      withRequestLog({ route: event.routeKey, requestId: event.requestContext?.requestId }, async () => {
        const started = performance.now();
        let result: APIGatewayProxyResultV2;
        try {
          const ctx = context();
          verifyOriginSecret(ctx.env, header(event, ORIGIN_SECRET_HEADER));
          const kommuneCtx = inKommune(ctx, requestKommune(event, ctx.env));
          // From here on, the messages and pages of the answer (its errors too) are in the kommune's målform.
          answerIn(kommuneProfile(kommuneCtx.env, kommuneCtx.kommune)?.language);
          result = onKommuneSite(await logic(event, kommuneCtx), kommuneCtx);
        } catch (error) {
          result = errorResponse(error, event);
        }
        log.info('request', { status: result.statusCode, durationMs: Math.round(performance.now() - started) });
        return result;
      }),
    );
}
