/** Ids unique within a page for components that appear several times on it (a counter for the whole build). */
let counter = 0;

export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
