/**
 * From what an editor typed in a fact's form back to the fact's value: each control gives its path
 * (its name split on dots), its kind and what it holds. Empty fields are left out, so the schema's
 * defaults apply and an optional part nobody filled in (an address, an income bracket, a second
 * opening-hours row) is simply absent; row numbers become array positions in the order given.
 */

export type FormEntry =
  | { name: string; kind: 'text'; value: string }
  | { name: string; kind: 'number'; value: string }
  | { name: string; kind: 'checkbox'; value: boolean }
  | { name: string; kind: 'choices'; value: string[] };

type Tree = { [key: string]: Tree | unknown };

const isIndex = (part: string) => /^\d+$/.test(part);

function leaf(entry: FormEntry): unknown {
  if (entry.kind === 'checkbox' || entry.kind === 'choices') return entry.value;
  const trimmed = entry.value.trim();
  if (trimmed === '') return undefined;
  if (entry.kind === 'number') {
    const number = Number(trimmed.replace(',', '.').replace(/\s/g, ''));
    // Something that is not a number goes on as typed, so the schema names the field.
    return Number.isFinite(number) ? number : trimmed;
  }
  return trimmed;
}

/** A group that holds nothing but empty values and unticked boxes: nobody filled it in. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null) return Object.values(value).every(isBlank);
  return false;
}

function finish(node: unknown): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const tree = node as Tree;
  const keys = Object.keys(tree);
  if (keys.length > 0 && keys.every(isIndex)) {
    return keys
      .sort((a, b) => Number(a) - Number(b))
      .map((key) => finish(tree[key]))
      .filter((row) => !isBlank(row));
  }
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const child = finish(tree[key]);
    const group = typeof child === 'object' && child !== null;
    if (child === undefined || (group && isBlank(child))) continue;
    result[key] = child;
  }
  return result;
}

/** The value the form's entries describe. */
export function valueFromEntries(entries: readonly FormEntry[]): Record<string, unknown> {
  const root: Tree = {};
  for (const entry of entries) {
    const parts = entry.name.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      if (part === '__proto__' || part === 'constructor' || part === 'prototype') return {};
      node = (node[part] ??= {}) as Tree;
    }
    const last = parts[parts.length - 1]!;
    if (last === '__proto__' || last === 'constructor' || last === 'prototype') return {};
    node[last] = leaf(entry);
  }
  return finish(root) as Record<string, unknown>;
}
