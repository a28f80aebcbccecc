/** What the moderation feature says at run time, in the editors' browser and in its Lambdas: labels, history, messages, CSV and drafts. */
import moderation from './nb/moderation.json' with { type: 'json' };
import { lookup } from './lookup.ts';

export type ModerationTexts = typeof moderation;
export const moderationText = lookup(moderation);
