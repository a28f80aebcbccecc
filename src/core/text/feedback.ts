/** The page-feedback function's messages, apart from `api` so the other functions do not carry them. */
import feedback from './nb/feedback.json' with { type: 'json' };
import { lookup } from './lookup.ts';

export const feedbackText = lookup(feedback);
