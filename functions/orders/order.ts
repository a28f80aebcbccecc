/**
 * What a reader (or an editor for someone on the phone) may ask to have posted, checked against
 * the contract; and the id an order gets. No AWS here; storage lives in shared/storage.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { ValidationError } from '../shared/errors.ts';
import { fieldErrors, parseWith } from '../shared/parse.ts';
import { orderRegistrationSchema, orderRequestSchema, ORDER_FIELDS, type OrderRequest } from '../../src/core/orders/schema.ts';
import type { WrittenDownVia } from '../../src/core/suggestions/channels.ts';

export type NewOrderRequest = Omit<OrderRequest, 'website'>;

export type ParsedOrder = { honeypot: true } | { honeypot: false; order: NewOrderRequest };

/** Throws ValidationError naming each bad field, or BadRequestError when the body is not an object. */
export function parseOrder(input: unknown): ParsedOrder {
  const { website, ...order } = parseWith(orderRequestSchema, input);
  if (typeof website === 'string' ? website.trim() !== '' : website !== undefined && website !== null) return { honeypot: true };
  return { honeypot: false, order };
}

/** The plain form's fields in the JSON shape of the contract (the same names; anything else is left out). */
export function formToOrder(fields: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries([...ORDER_FIELDS, 'website'].filter((name) => Object.hasOwn(fields, name)).map((name) => [name, fields[name]]));
}

/** An editor's registration: the order's fields and the channel, every bad field named at once. */
export function parseRegistration(input: unknown): { order: NewOrderRequest; via: WrittenDownVia } {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const registration = z.safeParse(orderRegistrationSchema, { channel: body.channel });
  let fields = registration.success ? {} : fieldErrors(registration.error);
  let order: NewOrderRequest | undefined;
  try {
    // Staff type what they hear: no honeypot here.
    const parsed = parseOrder({ ...body, channel: undefined, website: undefined });
    if (!parsed.honeypot) order = parsed.order;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    fields = { ...error.fields, ...fields };
  }
  if (!registration.success || !order) throw new ValidationError(fields);
  return { order, via: registration.data.channel };
}

/**
 * The id of an order: from the Idempotency-Key when there is one, else from the day, so a retried
 * request – or the same form sent twice the same day, without JavaScript – is one order, never two
 * books in the post. The exact fields count too, so two people who share a key or an address each
 * get their own.
 */
export function orderId(order: NewOrderRequest, key: { idempotencyKey: string } | { day: string }): string {
  const canonical = JSON.stringify([
    'idempotencyKey' in key ? `key ${key.idempotencyKey}` : `day ${key.day}`,
    order.edition,
    order.name.toLocaleLowerCase('nb'),
    order.address.toLocaleLowerCase('nb'),
    order.postcode,
    order.town.toLocaleLowerCase('nb'),
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 32);
}
