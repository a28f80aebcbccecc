/**
 * The article model's length limits, apart from the model so a function that only needs a
 * number (the suggestion's draft) does not carry zod and the model in its bundle.
 */

/** Longest title, in characters. */
export const TITLE_MAX = 80;

/** Longest «Kort fortalt», in characters. */
export const SUMMARY_MAX = 600;
