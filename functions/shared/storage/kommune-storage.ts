/**
 * A storage's twin for one kommune of a book. Every storage the storage module makes (index.ts)
 * remembers how it was made, so a context for a kommune (../kommune-context.ts) can swap each
 * storage it carries for that kommune's: made once per storage and kommune, over the same client.
 */

type Maker = { make: (kommune: string) => object; made: Map<string, object> };

const makers = new WeakMap<object, Maker>();

/** Marks `storage` as one a kommune's context replaces by `make(kommune)`. */
export function madeForKommuner<T extends object>(storage: T, make: (kommune: string) => T): T {
  makers.set(storage, { make, made: new Map() });
  return storage;
}

/** The kommune's twin of a storage the storage module made; undefined for any other value (a test's stand-in, a function). */
export function storageInKommune(value: unknown, kommune: string): object | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const maker = makers.get(value);
  if (!maker) return undefined;
  let twin = maker.made.get(kommune);
  if (!twin) maker.made.set(kommune, (twin = maker.make(kommune)));
  return twin;
}
