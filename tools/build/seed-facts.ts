/**
 * The facts in git as the editors' fact functions see them (functions/generated/facts.json,
 * bundled like book.json): every fact of the active kommune's seed files with its kind and
 * validated value. Written with the other generated files by `npm run topics`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { factsOf, type SeedFacts } from '../../src/core/facts/facts.ts';
import { readFactFiles } from '../../src/core/municipality.ts';
import { factText } from '../../src/core/text/facts.ts';

export const FACTS_FILE = fileURLToPath(new URL('../../functions/generated/facts.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readSeedFacts(env: Record<string, string | undefined> = process.env): SeedFacts {
  const { files } = readFactFiles((path) => readFileSync(resolve(ROOT, path), 'utf8'), env);
  const name = typeof files.municipality.name === 'string' ? files.municipality.name : '';
  return { kommuneTitle: factText('kommuneTitle', { name }), facts: factsOf(files) };
}
