/** What the facts desk and its functions say at run time: validation, conflicts and the desk's messages in the browser. */
import facts from './nb/facts.json' with { type: 'json' };
import factsNn from './nn/facts.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export type FactTexts = typeof facts;

// Pure, so a bundle that imports a module using it without calling it leaves these texts out.
export const factText = /* @__PURE__ */ lookupIn({ nb: facts, nn: factsNn });
