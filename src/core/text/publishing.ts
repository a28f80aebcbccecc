/** What the article and publishing functions answer editors: validation, conflicts and build states. */
import publishing from './nb/publishing.json' with { type: 'json' };
import publishingNn from './nn/publishing.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

// Pure, so bundles that import the storage module without its article part leave these texts out.
export const publishingText = /* @__PURE__ */ lookupIn({ nb: publishing, nn: publishingNn });
