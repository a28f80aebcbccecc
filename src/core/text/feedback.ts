/** The page-feedback function's messages, apart from `api` so the other functions do not carry them. */
import feedback from './nb/feedback.json' with { type: 'json' };
import feedbackNn from './nn/feedback.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export const feedbackText = lookupIn({ nb: feedback, nn: feedbackNn });
