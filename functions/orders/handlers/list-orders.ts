/**
 * GET /api/moderation/orders?status=waiting|sent&cursor= — the editors' queue of requests to post
 * the book, newest first: the address while an order waits, edition and dates once it is sent.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { ValidationError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { ordersOf } from '../../shared/storage/parts.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { ORDER_STATUSES, type OrderStatus } from '../../../src/core/orders/schema.ts';
import { ordersText } from '../../../src/core/text/orders.ts';

const PAGE_SIZE = 50;

const isStatus = (value: string): value is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(value);

export const run = editorRoute('kommune', async (event, ctx) => {
  const status = event.queryStringParameters?.status || 'waiting';
  if (!isStatus(status)) throw new ValidationError({ status: ordersText('query.status') });
  return json(200, await ordersOf(ctx).listOrders({ status, limit: PAGE_SIZE, cursor: event.queryStringParameters?.cursor }));
});

export const handler = createHandler(run, defaultContext);
