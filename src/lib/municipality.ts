import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { municipalityConfigFile, parseCounty, parseMunicipality, withCounty } from '../core/municipality.ts';
import type { Municipality } from '../core/schemas/municipality.ts';

/** The active config: `MUNICIPALITY_CONFIG` (a path) or the default `content/municipality.json`. */
export function municipalityConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(municipalityConfigFile(env));
}

/** Reads and validates a municipality config and the county file it points to; throws a message naming the file and the field. */
export function loadMunicipality(path = municipalityConfigPath()): Municipality {
  const config = parseMunicipality(readFileSync(path, 'utf8'), path);
  const countyPath = resolve(config.countyConfig);
  return withCounty(config, parseCounty(readFileSync(countyPath, 'utf8'), countyPath));
}

let cached: Municipality | undefined;

/** The active municipality with its county's services, read once per build. */
export function municipality(): Municipality {
  cached ??= loadMunicipality();
  return cached;
}
