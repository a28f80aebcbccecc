/** What the insight says at run time: the API's messages, the editors' and councils' views and the monthly e-mail. */
import insight from './nb/insight.json' with { type: 'json' };
import insightNn from './nn/insight.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export type InsightTexts = typeof insight;
// Pure, so a bundle that imports a module using it without calling it leaves these texts out.
export const insightText = /* @__PURE__ */ lookupIn({ nb: insight, nn: insightNn });
