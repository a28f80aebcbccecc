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
