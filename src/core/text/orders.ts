/** What the book orders say at run time – the form's field messages, in its Lambda, and the editors' queue in their browser – apart from `api`, so other functions do not carry it. */
import orders from './nb/orders.json' with { type: 'json' };
import ordersNn from './nn/orders.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export type OrdersTexts = typeof orders;
export const ordersText = /* @__PURE__ */ lookupIn({ nb: orders, nn: ordersNn });
