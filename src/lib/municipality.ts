import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { municipalitySchema, type Municipality } from '../schemas/municipality.ts';

/** The active config: `MUNICIPALITY_CONFIG` (a path) or the default `content/municipality.json`. */
export function municipalityConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.MUNICIPALITY_CONFIG ?? 'content/municipality.json');
}

/** Reads and validates a municipality config; throws a message naming the file and the field. */
export function loadMunicipality(path = municipalityConfigPath()): Municipality {
  const parsed = municipalitySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ugyldig kommunekonfigurasjon i ${path}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

let cached: Municipality | undefined;

/** The active municipality, read once per build. */
export function municipality(): Municipality {
  cached ??= loadMunicipality();
  return cached;
}

/** Phone number as a `tel:` URI (Norwegian numbers get +47). */
export function telUri(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  return digits.startsWith('+') || digits.length <= 6 ? `tel:${digits}` : `tel:+47${digits}`;
}
