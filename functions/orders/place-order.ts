/**
 * The rules of taking in a request to post the book, in order: a repeated request gets its first
 * answer, the client's limit for the last 60 minutes, then one stored order (and a note that
 * tells the editors). Editors registering a phone call skip the limit and keep the channel.
 */
import { randomUUID } from 'node:crypto';
import { clientKey } from '../shared/client-key.ts';
import type { AppContext } from '../shared/dependencies.ts';
import { RateLimitedError } from '../shared/errors.ts';
import { ordersOf } from '../shared/storage/parts.ts';
import { norwegianIsoDay } from '../../src/core/norwegian-date.ts';
import { ORDERS_PER_HOUR } from '../../src/core/orders/limits.ts';
import type { Order, OrderChannel } from '../../src/core/orders/schema.ts';
import { orderId, type NewOrderRequest } from './order.ts';

/** What the reader's browser is told: never the address back. */
export type OrderReceipt = Pick<Order, 'id' | 'status' | 'edition'>;

const receiptOf = (order: Order): OrderReceipt => ({ id: order.id, status: order.status, edition: order.edition });

export type PlaceRequest = { idempotencyKey?: string | undefined; clientAddress: string };

/** Throws RateLimitedError or StorageUnavailableError. */
export async function placeOrder(ctx: AppContext, order: NewOrderRequest, request: PlaceRequest): Promise<OrderReceipt> {
  const orders = ordersOf(ctx);
  const id = orderId(order, request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : { day: norwegianIsoDay(ctx.now()) });
  const earlier = await orders.getOrder(id);
  if (earlier) return receiptOf(earlier);
  if (ctx.env.SUGGESTION_RATE_LIMIT > 0) {
    const verdict = await ctx.storage.consumeRateLimit(
      (hourStart) => clientKey(`order ${request.clientAddress}`, ctx.env.RATE_LIMIT_SALT, hourStart),
      ORDERS_PER_HOUR,
    );
    if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterSeconds);
  }
  return receiptOf((await orders.createOrder({ id, ...order })).order);
}

/** Written down by an editor for someone who phoned, wrote or came by: no limit, the channel kept. */
export async function registerOrder(ctx: AppContext, order: NewOrderRequest, channel: OrderChannel): Promise<OrderReceipt> {
  return receiptOf((await ordersOf(ctx).createOrder({ id: randomUUID(), ...order, channel })).order);
}
