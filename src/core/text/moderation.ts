/** What the moderation feature says at run time, in the editors' browser and in its Lambdas: labels, history, messages, CSV and drafts. */
import moderation from './nb/moderation.json' with { type: 'json' };
import moderationNn from './nn/moderation.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export type ModerationTexts = typeof moderation;
// Pure, so a bundle that imports a module using it without calling it leaves these texts out.
export const moderationText = /* @__PURE__ */ lookupIn({ nb: moderation, nn: moderationNn });
