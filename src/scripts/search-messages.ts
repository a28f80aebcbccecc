/** UI texts the search script needs, taken from nb.json by the search page and passed as data. */
export interface SearchMessages {
  /** "{query}" is the reader's query. */
  countOne: string;
  /** "{count}" and "{query}". */
  countMany: string;
  empty: string;
  didYouMean: string;
  or: string;
  area: string;
  failed: string;
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}
