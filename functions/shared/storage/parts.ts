/**
 * Storage parts kept out of the storage every function carries, for a context: its own when the
 * caller brought one (the local server, tests), else one made for the Lambda's environment.
 */
import type { AppContext } from '../dependencies.ts';
import { createContactErasure, createFeedbackStorage, createSuggestionLists, type FeedbackStorage, type SuggestionLists } from './index.ts';
import { storageOf } from './storage-of.ts';

const lists = /* @__PURE__ */ storageOf(createSuggestionLists);
const feedback = /* @__PURE__ */ storageOf(createFeedbackStorage);
const erasure = /* @__PURE__ */ storageOf(createContactErasure);

export const suggestionListsOf = (ctx: Pick<AppContext, 'env' | 'now' | 'lists'>): SuggestionLists => ctx.lists ?? lists(ctx);
export const feedbackOf = (ctx: Pick<AppContext, 'env' | 'now' | 'feedback'>): FeedbackStorage => ctx.feedback ?? feedback(ctx);
export const contactErasureOf = (ctx: Pick<AppContext, 'env' | 'now'>) => erasure(ctx);
