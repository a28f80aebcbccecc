/** What the local parts desk and its functions say: validation and the desk's messages in the browser. */
import local from './nb/local.json' with { type: 'json' };
import localNn from './nn/local.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export type LocalTexts = typeof local;

export const localText = /* @__PURE__ */ lookupIn({ nb: local, nn: localNn });
