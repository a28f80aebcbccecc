/**
 * The pipeline's log: one structured JSON line per request, and every line logged while a
 * request runs – also deep in the domain, also with other requests in flight at the same time (the
 * local server) – carries that request's id and route.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteLogic } from '../../../functions/shared/handler.ts';
import type { APIGatewayProxyEventV2 } from '../../../functions/shared/http.ts';
import { fixture } from '../../fixtures/api-events/index.ts';

// The level Lambda runs at (the tests run the logger at WARN): loaded after it is set.
vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
const { createHandler } = await import('../../../functions/shared/handler.ts');
const { json } = await import('../../../functions/shared/http.ts');
const { log } = await import('../../../functions/shared/log.ts');

let lines: Record<string, unknown>[] = [];
const capture = (chunk: unknown) => {
  for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
  return true;
};

beforeEach(() => {
  lines = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});
afterEach(() => vi.restoreAllMocks());

const event = (requestId: string): APIGatewayProxyEventV2 => {
  const base = fixture('get-health');
  return { ...base, requestContext: { ...base.requestContext, requestId } };
};

/** Logs in the middle of its work, after the other request has started, then fails or answers. */
const logic: RouteLogic<{ env: object }> = async (request) => {
  const id = request.requestContext.requestId;
  await new Promise((resolve) => setTimeout(resolve, id === 'first' ? 30 : 5));
  log.warn('store was slow', { attempt: 2 });
  if (id === 'first') throw new Error('boom');
  return json(200, { ok: true });
};

describe('the log lines of a request', () => {
  it('all carry its request id and route, with two requests at once', async () => {
    const handler = createHandler(logic, () => ({ env: {} }));
    const [first, second] = await Promise.all([handler(event('first')), handler(event('second'))]);
    expect([first.statusCode, second.statusCode]).toEqual([500, 200]);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      expect(line).toMatchObject({ route: 'GET /api/health', requestId: expect.stringMatching(/^(first|second)$/) });
      expect(line).toHaveProperty('level');
      expect(line).toHaveProperty('timestamp');
    }
    const of = (id: string) => lines.filter((line) => line.requestId === id).map((line) => line.message);
    expect(of('first')).toEqual(['store was slow', 'request failed', 'request']);
    expect(of('second')).toEqual(['store was slow', 'request']);
    expect(lines.find((line) => line.requestId === 'first' && line.message === 'request')).toMatchObject({ status: 500 });
  });
});
