import { describe, expect, it } from 'vitest';
import { createHandler, type RouteLogic } from '../../../functions/shared/handler.ts';
import type { APIGatewayProxyEventV2 } from '../../../functions/shared/http.ts';

const event = (query?: Record<string, string>) =>
  ({
    routeKey: 'GET /api/test',
    rawPath: '/api/test',
    headers: {},
    queryStringParameters: query,
    requestContext: { requestId: 'r1' },
  }) as unknown as APIGatewayProxyEventV2;

const echoKommune: RouteLogic<{ env: { BOOK_KOMMUNER?: string }; kommune?: string }> = async (_event, ctx) => ({
  statusCode: 200,
  body: JSON.stringify({ kommune: ctx.kommune ?? null }),
});

const handlerWith = (BOOK_KOMMUNER?: string) => createHandler(echoKommune, () => ({ env: BOOK_KOMMUNER ? { BOOK_KOMMUNER } : {} }));

describe('the kommune a request is for', () => {
  it('is none for a kommune on its own, whatever the address says', async () => {
    const result = await handlerWith()(event({ kommune: 'verdal' }));
    expect(JSON.parse(result.body as string)).toEqual({ kommune: null });
  });

  it('is the kommune the address names in a book', async () => {
    const result = await handlerWith('levanger,verdal')(event({ kommune: 'verdal' }));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body as string)).toEqual({ kommune: 'verdal' });
  });

  it('is refused in Norwegian when a request in a book names no kommune or one the book does not have', async () => {
    for (const query of [undefined, { kommune: 'halden' }, { kommune: '' }]) {
      const result = await handlerWith('levanger,verdal')(event(query));
      expect(result.statusCode).toBe(400);
      expect(JSON.parse(result.body as string).error.message).toMatch(/kommune/i);
    }
  });
});
