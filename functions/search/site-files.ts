/** Paths inside the built site (dist/) that the results page reads; infra copies exactly these into its bundle. */
export const SEARCH_SITE_FILES = { index: 'search-index.json' } as const;
