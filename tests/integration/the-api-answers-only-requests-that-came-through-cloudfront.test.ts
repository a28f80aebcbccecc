import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as health } from '../../functions/health/handler.ts';
import { createHandler, type RouteLogic } from '../../functions/shared/handler.ts';
import type { APIGatewayProxyEventV2 } from '../../functions/shared/http.ts';
import { ORIGIN_SECRET_HEADER } from '../../functions/shared/origin-secret.ts';
import { run as suggestions } from '../../functions/suggestions/handler.ts';
import { fixture, withBody } from '../fixtures/api-events/index.ts';
import { startTestContext, type TestContext } from './support/test-storage.ts';

const SECRET = 'current-origin-secret-0123456789abcdef';
const PREVIOUS = 'previous-origin-secret-0123456789abcdef';
let ctx: TestContext;

// The production setting: the rate limit keys on the address header CloudFront sets.
beforeAll(async () => {
  ctx = await startTestContext({
    env: { SUGGESTION_RATE_LIMIT: '3', CLIENT_ADDRESS_HEADER: 'x-viewer-address', ORIGIN_SECRET: SECRET, ORIGIN_SECRET_PREVIOUS: PREVIOUS },
  });
});
afterAll(() => ctx.close());

const call = (logic: RouteLogic, event: APIGatewayProxyEventV2) => createHandler(logic, () => ctx)(event);
const post = (address: string, headers: Record<string, string> = {}) =>
  withBody(
    'post-suggestion',
    { kind: 'question', text: 'Hvordan søker jeg om trygghetsalarm?' },
    { 'x-viewer-address': address, ...headers },
  );

describe('requests straight to the execute-api address', () => {
  it('cannot bypass the rate limit with invented addresses: every one is refused and nothing is stored', async () => {
    const before = (await ctx.lists.countSuggestionsByStatus()).new;
    const results = await Promise.all(Array.from({ length: 20 }, (_, index) => call(suggestions, post(`203.0.113.${index}`))));
    expect(results.map((result) => result.statusCode)).toEqual(Array(20).fill(403));
    expect(JSON.parse(results[0]!.body!)).toMatchObject({
      error: { code: 'direct-access-refused', message: expect.stringMatching(/nettstedet/) },
    });
    expect((await ctx.lists.countSuggestionsByStatus()).new).toBe(before);
  });

  it('are refused with a wrong secret too, on every route', async () => {
    expect((await call(suggestions, post('203.0.113.50', { [ORIGIN_SECRET_HEADER]: 'guess' }))).statusCode).toBe(403);
    expect((await call(health, fixture('get-health'))).statusCode).toBe(403);
  });
});

describe('requests through CloudFront', () => {
  it('are answered with the current secret and, during a rotation, with the previous one', async () => {
    expect((await call(suggestions, post('198.51.100.1', { [ORIGIN_SECRET_HEADER]: SECRET }))).statusCode).toBe(201);
    expect((await call(suggestions, post('198.51.100.1', { [ORIGIN_SECRET_HEADER]: PREVIOUS }))).statusCode).toBe(201);
    const event = fixture('get-health');
    expect((await call(health, { ...event, headers: { ...event.headers, [ORIGIN_SECRET_HEADER]: SECRET } })).statusCode).toBe(200);
  });
});
