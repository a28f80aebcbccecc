/**
 * What the fact handlers add to the application context: the fact storage and the facts in git
 * (bundled from functions/generated/facts.json). Kept out of the shared context so the public
 * functions' bundles don't carry any of it.
 */
import seed from '../generated/facts.json' with { type: 'json' };
import type { AppContext } from '../shared/dependencies.ts';
import { createFactStorage } from '../shared/storage/index.ts';
import { storageOf } from '../shared/storage/storage-of.ts';
import type { SeedFacts } from '../../src/core/facts/facts.ts';
import type { FactsContext } from './editor-facts.ts';

const factsOf = storageOf(createFactStorage);

export function withFacts(ctx: AppContext): FactsContext {
  return { ...ctx, seed: seed as SeedFacts, facts: factsOf(ctx) };
}
