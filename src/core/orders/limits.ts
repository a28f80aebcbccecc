/** How long the fields of a request to post the book may be, and how long an address is kept: shared by the form, the API and /personvern/. */
export const ORDER_NAME_MAX = 100;
export const ORDER_ADDRESS_MAX = 100;
export const ORDER_TOWN_MAX = 50;

/** Days an address waits to be posted to before it is erased with its request (TTL), when nobody marked it sent. */
export const UNSENT_ORDER_DAYS = 90;

/** Requests to post the book per client address in any 60 minutes (off, like every limit, with SUGGESTION_RATE_LIMIT=0). */
export const ORDERS_PER_HOUR = 5;
