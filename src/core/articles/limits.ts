/**
 * The article model's limits, apart from the model so a function that only needs a number (the
 * suggestion's draft) does not carry zod and the model in its bundle; the content rules read them too.
 */

/** Longest title, in characters. */
export const TITLE_MAX = 80;

/** Longest «Kort fortalt», in characters. */
export const SUMMARY_MAX = 600;

/** Most related articles, and the fewest the content rules accept. */
export const RELATED_MAX = 5;
export const RELATED_MIN = 2;
