/**
 * Ids unique within a page for components that appear several times on it, counted per page
 * (`Astro.locals` is one object per rendered page): the first is `prefix`, the next `prefix-2`.
 * So a page has the same ids however many pages the build made before it, and a text the server
 * renderer draws has the ids the reader's page has.
 */
const seen = new WeakMap<object, Map<string, number>>();

export function uniqueId(page: object, prefix: string): string {
  let counts = seen.get(page);
  if (!counts) seen.set(page, (counts = new Map()));
  const count = (counts.get(prefix) ?? 0) + 1;
  counts.set(prefix, count);
  return count === 1 ? prefix : `${prefix}-${count}`;
}
