/**
 * A context for one kommune of a book: everything read or written through it is that kommune's.
 * The pipeline gives each request the context of its kommune (handler.ts); a scheduled run that
 * serves every kommune of the book takes each kommune's context in turn.
 */
import { kommuneEnv, type WithProfiles } from './kommune-env.ts';
import { storageInKommune } from './storage/kommune-storage.ts';

/** Any context: the pipeline's (handler.ts, RouteContext) or a scheduled run's; in a book it carries its kommune. */
type KommuneContext = { env: WithProfiles; kommune?: string };

const kommuneContexts = new WeakMap<object, Map<string, object>>();
/** Each kommune's context → the book's context it was made from. */
const bookContexts = new WeakMap<object, object>();

/**
 * The context for one kommune of a book, made once per context and kommune so what it caches is
 * the kommune's own. Every storage the context carries (its storage, and the articles, lists or
 * feedback a caller brought) is swapped for the kommune's twin, under the kommune's keys; parts
 * made later from the context (storage-of.ts) follow its `kommune`. Its environment is the kommune's
 * (its address, målform and editors' mailbox: kommune-env.ts).
 *
 * From another kommune's context it is made from the book's context that one came from (a national
 * editor's request for Levanger asking Verdal's councils too), never from Levanger's.
 */
export function inKommune<Ctx extends KommuneContext>(ctx: Ctx, kommune: string | undefined): Ctx {
  if (kommune === undefined) return ctx;
  const book = (bookContexts.get(ctx) as Ctx | undefined) ?? ctx;
  let made = kommuneContexts.get(book);
  if (!made) kommuneContexts.set(book, (made = new Map()));
  let scoped = made.get(kommune) as Ctx | undefined;
  if (!scoped) {
    made.set(kommune, (scoped = kommuneContext(book, kommune)));
    bookContexts.set(scoped, book);
  }
  return scoped;
}

function kommuneContext<Ctx extends KommuneContext>(ctx: Ctx, kommune: string): Ctx {
  const scoped: Record<string, unknown> = { ...ctx, env: kommuneEnv(ctx.env, kommune), kommune };
  for (const [name, value] of Object.entries(ctx)) {
    const own = storageInKommune(value, kommune);
    if (own) scoped[name] = own;
  }
  return scoped as Ctx;
}
