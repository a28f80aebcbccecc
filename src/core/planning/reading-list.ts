/** «Mine sider å lese»: article slugs, in the order they were added, each once. */

const SLUG = /^[a-z0-9-]{1,80}$/;

/** The list from storage or a file; anything that is not a list of slugs gives undefined. */
export function readReadingList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((slug) => typeof slug === 'string' && SLUG.test(slug))) return undefined;
  return [...new Set(value as string[])];
}
