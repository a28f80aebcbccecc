/**
 * POST /api/orders — «Bestill boka i posten»: JSON ({ name, address, postcode, town, edition,
 * website? } → 201 { id, status, edition }), or the plain form, answered with a 303 to the
 * thank-you page or with the form again, everything typed kept and the problems beside the fields.
 */
import { clientAddress } from '../shared/client-address.ts';
import { builtSiteOf } from '../shared/built-site.ts';
import { defaultContext } from '../shared/dependencies.ts';
import { describeError, ValidationError } from '../shared/errors.ts';
import { createHandler, type RouteLogic } from '../shared/handler.ts';
import { errorResponse, header, isFormPost, json, parseBody, seeOther } from '../shared/http.ts';
import { parseIdempotencyKey } from '../shared/idempotency-key.ts';
import { paths } from '../../src/core/paths.ts';
import { ORDER_FIELDS, type OrderField } from '../../src/core/orders/schema.ts';
import { formToOrder, parseOrder } from './order.ts';
import { renderedPage } from '../shared/rendered-page.ts';
import { placeOrder } from './place-order.ts';

export const run: RouteLogic = async (event, ctx) => {
  const form = isFormPost(event);
  let typed: Record<string, string> = {};
  try {
    const body = parseBody(event);
    if (body.format === 'form') typed = body.value as Record<string, string>;
    const idempotencyKey = parseIdempotencyKey(header(event, 'idempotency-key'));
    const parsed = parseOrder(body.format === 'form' ? formToOrder(typed) : body.value);
    if (parsed.honeypot) return form ? seeOther(paths.orderThanks) : json(201, { id: 'mottatt', status: 'waiting' });
    const receipt = await placeOrder(ctx, parsed.order, { idempotencyKey, clientAddress: clientAddress(event, ctx) });
    return form ? seeOther(paths.orderThanks) : json(201, receipt);
  } catch (error) {
    if (!form) throw error;
    const described = describeError(error);
    // Logged like any other failure, then she gets the form back as she left it.
    if (!described.expected) errorResponse(error, event);
    const { serverDir } = builtSiteOf(ctx);
    if (error instanceof ValidationError) {
      const errors = Object.fromEntries(
        ORDER_FIELDS.filter((field) => error.fields?.[field]).map((field) => [field, error.fields![field]!]),
      );
      return renderedPage(serverDir, 'order', { typed, errors: errors as Partial<Record<OrderField, string>> }, 400);
    }
    return renderedPage(serverDir, 'order', { typed, problem: described.status === 429 ? 'too-many' : 'technical' }, described.status);
  }
};

export const handler = createHandler(run, defaultContext);
