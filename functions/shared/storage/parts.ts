/**
 * Storage parts kept out of the storage every function carries, for a context: its own when the
 * caller brought one (the local server, tests), else one made for the Lambda's environment.
 */
import type { AppContext } from '../dependencies.ts';
import {
  createContactErasure,
  createFeedbackStorage,
  createInsightStorage,
  createOrderStorage,
  createSuggestionLists,
  type FeedbackStorage,
  type InsightStorage,
  type OrderStorage,
  type SuggestionLists,
} from './index.ts';
import { storageOf } from './storage-of.ts';

const lists = /* @__PURE__ */ storageOf(createSuggestionLists);
const feedback = /* @__PURE__ */ storageOf(createFeedbackStorage);
const erasure = /* @__PURE__ */ storageOf(createContactErasure);
const insight = /* @__PURE__ */ storageOf(createInsightStorage);
const orders = /* @__PURE__ */ storageOf(createOrderStorage);

export const suggestionListsOf = (ctx: Pick<AppContext, 'env' | 'now' | 'lists'>): SuggestionLists => ctx.lists ?? lists(ctx);
export const feedbackOf = (ctx: Pick<AppContext, 'env' | 'now' | 'feedback'>): FeedbackStorage => ctx.feedback ?? feedback(ctx);
export const contactErasureOf = (ctx: Pick<AppContext, 'env' | 'now'>) => erasure(ctx);
/** The insight's counts: the context's own when a test brings one, else made for the environment. */
export const insightOf = (ctx: Pick<AppContext, 'env' | 'now' | 'insight'>): InsightStorage => ctx.insight ?? insight(ctx);
export const ordersOf = (ctx: Pick<AppContext, 'env' | 'now'>): OrderStorage => orders(ctx);
