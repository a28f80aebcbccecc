/**
 * Every exported Lambda handler of the route table – not a sample – runs through the one pipeline
 * (functions/shared/handler.ts): with an origin secret configured, a request without it, or with a
 * wrong one, is refused with 403 before anything else runs; and each route's logic authenticates
 * exactly as its table entry says, and every editor route declares the role it needs. The environment is the Lambda's, read when the handlers load.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { routeKey, routes, type Route } from '../../../functions/routes.ts';
import type { APIGatewayProxyEventV2, Handler } from '../../../functions/shared/http.ts';
import type { RouteLogic } from '../../../functions/shared/handler.ts';
import type { EditorRouteLogic } from '../../../functions/shared/editor-route.ts';
import { EDITOR_RULES } from '../../../functions/shared/editor-roles.ts';

const SECRET = 'current-origin-secret-0123456789abcdef';
type RouteModule = { handler: Handler; run: RouteLogic };
const modules = new Map<Route, RouteModule>();

beforeAll(async () => {
  // As the CDK app configures every function; storage is never reached before the check.
  Object.assign(process.env, {
    TABLE_NAME: 'origin-check',
    AWS_REGION: 'eu-north-1',
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
    RATE_LIMIT_SALT: 'origin-check-salt-long-enough',
    ORIGIN_SECRET: SECRET,
  });
  for (const route of routes) modules.set(route, (await import(`../../../functions/${route.handler}`)) as RouteModule);
});

function eventFor(route: Route, headers: Record<string, string>): APIGatewayProxyEventV2 {
  const path = route.path.replace(/\{(\w+)\}/g, 'x');
  return {
    version: '2.0',
    routeKey: routeKey(route),
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', authorization: 'Bearer x.y.z', ...headers },
    pathParameters: Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, 'x'])),
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123def4',
      domainName: 'abc123def4.execute-api.eu-north-1.amazonaws.com',
      domainPrefix: 'abc123def4',
      http: { method: route.method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'curl/8' },
      requestId: `origin-check-${routeKey(route)}`,
      routeKey: routeKey(route),
      stage: '$default',
      time: '01/Dec/2026:10:00:00 +0000',
      timeEpoch: 1_796_119_200_000,
    },
    body: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

describe.each(routes.map((route) => [routeKey(route), route] as const))('%s', (_name, route) => {
  it('refuses a request without the origin secret, or with a wrong one, with 403', async () => {
    const { handler } = modules.get(route)!;
    for (const headers of [{}, { 'x-origin-verify': 'guess' }]) {
      const result = await handler(eventFor(route, headers));
      expect(result.statusCode).toBe(403);
      expect(JSON.parse(result.body!)).toMatchObject({ error: { code: 'direct-access-refused' } });
    }
  });

  it(`authenticates as its table entry says (${route.auth})`, () => {
    expect(modules.get(route)!.run.authentication ?? 'public').toBe(route.auth);
  });

  it.runIf(route.auth === 'editor')("declares what it needs of the editor's roles in a book (functions/shared/editor-roles.ts)", () => {
    expect(EDITOR_RULES).toContain((modules.get(route)!.run as Partial<EditorRouteLogic>).editorRule);
  });
});
