/**
 * A context for one kommune of a book: everything read or written through it is that kommune's.
 * The pipeline gives each request the context of its kommune (handler.ts); a scheduled run that
 * serves every kommune of the book takes each kommune's context in turn.
 */
import type { RouteContext } from './handler.ts';
import { kommuneEnv } from './kommune-env.ts';

const kommuneContexts = new WeakMap<object, Map<string, object>>();

/**
 * The context for one kommune of a book, made once per context and kommune so what it caches is the
 * kommune's own; its environment is the kommune's (its address, målform and editors' mailbox: kommune-env.ts).
 */
export function inKommune<Ctx extends RouteContext>(ctx: Ctx, kommune: string | undefined): Ctx {
  if (kommune === undefined) return ctx;
  let made = kommuneContexts.get(ctx);
  if (!made) kommuneContexts.set(ctx, (made = new Map()));
  let scoped = made.get(kommune) as Ctx | undefined;
  if (!scoped) made.set(kommune, (scoped = { ...ctx, env: kommuneEnv(ctx.env, kommune), kommune }));
  return scoped;
}
