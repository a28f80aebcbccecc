import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { municipalityConfigFile, parseMunicipality } from '../core/municipality.ts';
import type { Municipality } from '../core/schemas/municipality.ts';

/** The active config: `MUNICIPALITY_CONFIG` (a path) or the default `content/municipality.json`. */
export function municipalityConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(municipalityConfigFile(env));
}

/** Reads and validates a municipality config; throws a message naming the file and the field. */
export function loadMunicipality(path = municipalityConfigPath()): Municipality {
  return parseMunicipality(readFileSync(path, 'utf8'), path);
}

let cached: Municipality | undefined;

/** The active municipality, read once per build. */
export function municipality(): Municipality {
  cached ??= loadMunicipality();
  return cached;
}
