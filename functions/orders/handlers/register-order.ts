/**
 * POST /api/moderation/orders — an editor writes down a request to post the book heard on the
 * phone (or by letter, at a meeting, by e-mail): the form's fields plus `channel` → 201
 * { id, status: "waiting", edition }; the order keeps `channel: { via, registeredBy }`.
 */
import { defaultContext } from '../../shared/dependencies.ts';
import { UnsupportedMediaTypeError } from '../../shared/errors.ts';
import { createHandler } from '../../shared/handler.ts';
import { json, parseBody } from '../../shared/http.ts';
import { editorRoute } from '../../shared/editor-route.ts';
import { parseRegistration } from '../order.ts';
import { registerOrder } from '../place-order.ts';

export const run = editorRoute('kommune', async (event, ctx, editor) => {
  const body = parseBody(event);
  if (body.format !== 'json') throw new UnsupportedMediaTypeError();
  const { order, via } = parseRegistration(body.value);
  return json(201, await registerOrder(ctx, order, { via, registeredBy: editor.name }));
});

export const handler = createHandler(run, defaultContext);
