/** What the article and publishing functions answer editors: validation, conflicts and build states. */
import publishing from './nb/publishing.json' with { type: 'json' };
import { lookup } from './lookup.ts';

export const publishingText = lookup(publishing);
