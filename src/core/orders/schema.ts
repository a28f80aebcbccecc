/**
 * A request to post a printed copy of the book: what the form (and POST /api/orders) takes, and
 * what editors see in their queue. Every order type is derived from these schemas with z.infer.
 */
import * as z from 'zod/mini';
import { cleanText, charLength } from '../suggestions/contact.ts';
import { WRITTEN_DOWN_CHANNELS } from '../suggestions/channels.ts';
import type { Present } from '../suggestions/schema.ts';
import { ordersText } from '../text/orders.ts';
import { ORDERABLE_EDITIONS } from './editions.ts';
import { ORDER_ADDRESS_MAX, ORDER_NAME_MAX, ORDER_TOWN_MAX } from './limits.ts';

/** A one-line field she must fill in: trimmed, without control or bidi characters, at most `max` characters as people count them. */
const requiredLine = (max: number, missing: string, tooLong: string) =>
  z.pipe(
    cleanText(missing, { withoutBidi: true }),
    z.pipe(
      z.transform((value: string) => value.trim().replace(/\s+/g, ' ')),
      z.string().check(
        z.refine((value) => value !== '', missing),
        z.refine((value) => charLength(value) <= max, tooLong),
      ),
    ),
  );

/** The body of POST /api/orders, and the fields of the plain form (the same names). */
export const orderRequestSchema = z.object({
  /** Whom the envelope is addressed to. */
  name: requiredLine(ORDER_NAME_MAX, ordersText('field.name.missing'), ordersText('field.name.tooLong', { max: ORDER_NAME_MAX })),
  /** Street and number, or a post box, as written on the envelope. */
  address: requiredLine(
    ORDER_ADDRESS_MAX,
    ordersText('field.address.missing'),
    ordersText('field.address.tooLong', { max: ORDER_ADDRESS_MAX }),
  ),
  /** Four digits; spaces are forgiven. */
  postcode: z.pipe(
    z.string({ error: ordersText('field.postcode.missing') }),
    z.pipe(
      z.transform((value: string) => value.replace(/\s/g, '')),
      z.string().check(
        z.refine((value) => value !== '', ordersText('field.postcode.missing')),
        z.refine((value) => value === '' || /^\d{4}$/.test(value), ordersText('field.postcode.format')),
      ),
    ),
  ),
  /** Poststed, e.g. «Jevnaker». */
  town: requiredLine(ORDER_TOWN_MAX, ordersText('field.town.missing'), ordersText('field.town.tooLong', { max: ORDER_TOWN_MAX })),
  /** Which printed edition to post. */
  edition: z.enum(ORDERABLE_EDITIONS, { error: ordersText('field.edition.missing') }),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.optional(z.unknown()),
});

export type OrderRequest = z.infer<typeof orderRequestSchema>;

/** What an editor adds when writing down a request heard on the phone (POST /api/moderation/orders). */
export const orderRegistrationSchema = z.object({
  /** How it reached the editors. */
  channel: z.enum(WRITTEN_DOWN_CHANNELS, { error: ordersText('field.channel.missing') }),
});

/** The fields of the form, in the order they appear: the first one with a problem gets the focus. */
export const ORDER_FIELDS = ['name', 'address', 'postcode', 'town', 'edition'] as const;

export type OrderField = (typeof ORDER_FIELDS)[number];

export const ORDER_STATUSES = ['waiting', 'sent'] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * An order as editors see it: the address while it waits, only edition, dates and who marked it
 * sent once it is sent (marking it sent erases the name and address).
 */
/** How an order an editor wrote down reached the kommune (a phone call, a letter …) and who wrote it down. */
export const orderChannelSchema = z.object({ via: z.enum(WRITTEN_DOWN_CHANNELS), registeredBy: z.string() });

export const orderSchema = z.object({
  id: z.string(),
  edition: z.enum(ORDERABLE_EDITIONS),
  status: z.enum(ORDER_STATUSES),
  createdAt: z.string(),
  /** When the name and address are erased unless it is marked sent first (ISO time). */
  expiresAt: z.optional(z.string()),
  name: z.optional(z.string()),
  address: z.optional(z.string()),
  postcode: z.optional(z.string()),
  town: z.optional(z.string()),
  /** Set when an editor wrote it down for someone who phoned, wrote or came by. */
  channel: z.optional(orderChannelSchema),
  sentAt: z.optional(z.string()),
  sentBy: z.optional(z.string()),
});

export type Order = Present<z.infer<typeof orderSchema>>;
export type OrderChannel = z.infer<typeof orderChannelSchema>;

/** The address fields of a waiting order, as written on the envelope. */
export type OrderAddress = Pick<OrderRequest, 'name' | 'address' | 'postcode' | 'town'>;
