/**
 * The facts in git as the editors' fact functions see them (functions/generated/facts.json,
 * bundled like book.json): every fact of the active kommune's seed files with its kind and
 * validated value, and – for every book in content/books/ – each of its kommuner's own (its
 * municipality config, its county's file and the national figures) by kommune id, so the facts
 * desk of a book lists the request kommune's facts. Written with the other generated files by
 * `npm run topics`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBook } from '../../src/core/books/parse-book.ts';
import { factsOf, type DeploymentSeedFacts, type FactFiles, type SeedFacts } from '../../src/core/facts/facts.ts';
import { readFactFiles } from '../../src/core/municipality.ts';
import { factText } from '../../src/core/text/facts.ts';

export const FACTS_FILE = fileURLToPath(new URL('../../functions/generated/facts.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BOOKS_DIR = resolve(ROOT, 'content', 'books');

const readText = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** The seed files of one kommune: its municipality config (`config`, a path from the project), the county file it names and the national figures. */
export function kommuneFactFiles(config: string): FactFiles {
  return readFactFiles(readText, { MUNICIPALITY_CONFIG: config }).files;
}

function seedOf(files: FactFiles): SeedFacts {
  const name = typeof files.municipality.name === 'string' ? files.municipality.name : '';
  return { kommuneTitle: factText('kommuneTitle', { name }), facts: factsOf(files) };
}

/** Each kommune of the books in `booksDir` by id, from its own seed files. */
function bookKommuneSeeds(booksDir: string): Record<string, SeedFacts> {
  const names = readdirSync(booksDir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.json'));
  const seeds: Record<string, SeedFacts> = {};
  for (const { name } of names.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = resolve(booksDir, name);
    for (const kommune of parseBook(readFileSync(file, 'utf8'), file).kommuner)
      seeds[kommune.id] = seedOf(kommuneFactFiles(kommune.config));
  }
  return seeds;
}

export function readSeedFacts(env: Record<string, string | undefined> = process.env, booksDir = BOOKS_DIR): DeploymentSeedFacts {
  const kommuner = bookKommuneSeeds(booksDir);
  return { ...seedOf(readFactFiles(readText, env).files), ...(Object.keys(kommuner).length > 0 ? { kommuner } : {}) };
}
