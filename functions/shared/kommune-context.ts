/**
 * A context for one kommune of a book: everything read or written through it is that kommune's.
 * The pipeline gives each request the context of its kommune (handler.ts); a scheduled run that
 * serves every kommune of the book takes each kommune's context in turn.
 */
import type { RouteContext } from './handler.ts';
import { storageInKommune } from './storage/kommune-storage.ts';

const kommuneContexts = new WeakMap<object, Map<string, object>>();

/**
 * The context for one kommune of a book, made once per context and kommune so what it caches is
 * the kommune's own. Every storage the context carries (its storage, and the articles, lists or
 * feedback a caller brought) is swapped for the kommune's twin, under the kommune's keys; parts
 * made later from the context (storage-of.ts) follow its `kommune`.
 */
export function inKommune<Ctx extends RouteContext>(ctx: Ctx, kommune: string | undefined): Ctx {
  if (kommune === undefined) return ctx;
  let made = kommuneContexts.get(ctx);
  if (!made) kommuneContexts.set(ctx, (made = new Map()));
  let scoped = made.get(kommune) as Ctx | undefined;
  if (!scoped) made.set(kommune, (scoped = kommuneContext(ctx, kommune)));
  return scoped;
}

function kommuneContext<Ctx extends RouteContext>(ctx: Ctx, kommune: string): Ctx {
  const scoped: Record<string, unknown> = { ...ctx, kommune };
  for (const [name, value] of Object.entries(ctx)) {
    const own = storageInKommune(value, kommune);
    if (own) scoped[name] = own;
  }
  return scoped as Ctx;
}
