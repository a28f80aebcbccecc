/**
 * What the fact handlers add to the application context: the fact storage and the facts in git
 * (bundled from functions/generated/facts.json). Kept out of the shared context so the public
 * functions' bundles don't carry any of it.
 *
 * In a book of several kommuner the request's kommune (ctx.kommune) decides both: its own seed
 * files, and its own keys for its services, contacts and county services; the national figures are
 * the book's, kept once under the book's keys whichever kommune's desk shows them.
 */
import seed from '../generated/facts.json' with { type: 'json' };
import type { AppContext } from '../shared/dependencies.ts';
import { ConfigError } from '../shared/errors.ts';
import { factStorageOf } from '../shared/publishing/live-facts.ts';
import type { DeploymentSeedFacts } from '../../src/core/facts/facts.ts';
import type { FactsContext } from './editor-facts.ts';

const deployment = seed as DeploymentSeedFacts;

export function withFacts(ctx: AppContext): FactsContext {
  if (ctx.kommune === undefined) {
    const facts = factStorageOf(ctx);
    return { ...ctx, seed: deployment, facts, nationalFacts: facts };
  }
  const own = deployment.kommuner?.[ctx.kommune];
  if (!own) throw new ConfigError([`functions/generated/facts.json har ingen fakta for ${ctx.kommune} (kjør npm run topics)`]);
  return { ...ctx, seed: own, facts: factStorageOf(ctx), nationalFacts: factStorageOf({ ...ctx, kommune: undefined }) };
}
