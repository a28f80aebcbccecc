/**
 * POST /api/moderation/orders/{id}/sent — «Merk som sendt»: the name and address are erased, the
 * edition, the dates and who marked it sent are kept → 200 the order. Again on a sent order: the
 * same answer. An order that is gone (or waited past its time) → 404.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json } from '../../shared/http.ts';
import { ordersOf } from '../../shared/storage/parts.ts';
import { editorRoute, pathId } from '../../shared/editor-route.ts';
import { ordersText } from '../../../src/core/text/orders.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const id = pathId(event, ordersText('notFound'));
  const order = await ordersOf(ctx).markOrderSent(id, editor.name);
  if (!order) throw new NotFoundError(ordersText('notFound'));
  return json(200, order);
});

export const handler = createHandler(run, defaultContext);
