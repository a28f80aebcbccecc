/** The municipality config as data: validation with messages naming the file and field, the county merge, and phone links. */
import type { z } from 'zod';
import { countySchema, municipalitySchema, type County, type Municipality } from './schemas/municipality.ts';

/** Where the active config lives, relative to the project: `MUNICIPALITY_CONFIG` or the default. */
export function municipalityConfigFile(env: Record<string, string | undefined>): string {
  return env.MUNICIPALITY_CONFIG ?? 'content/municipality.json';
}

function parseWith<T extends z.ZodType>(schema: T, text: string, path: string, what: string): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ugyldig ${what} i ${path}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Validates a municipality config's text; throws a message naming the file and the field. */
export function parseMunicipality(text: string, path: string): Municipality {
  return parseWith(municipalitySchema, text, path, 'kommunekonfigurasjon');
}

/** Validates a county file's text; throws a message naming the file and the field. */
export function parseCounty(text: string, path: string): County {
  return parseWith(countySchema, text, path, 'fylkesfil');
}

/**
 * The kommune with its county's services (TT-kort, tannhelse, pasientreiser, Statsforvalteren) joined in.
 * Throws when both define the same id, so no county fact is silently replaced by a local one.
 */
export function withCounty(config: Municipality, county: County): Municipality {
  const clashes = Object.keys(county.services).filter((id) => id in config.services);
  if (clashes.length > 0) {
    throw new Error(
      `Tjenestene ${clashes.join(', ')} står både i ${config.countyConfig} og i kommunekonfigurasjonen: behold dem bare i fylkesfilen`,
    );
  }
  return { ...config, services: { ...config.services, ...county.services } };
}

/** Local facts that must never be written into article text, so one book fits every kommune. */
export function localFactsOf(config: Municipality): string[] {
  return [config.name, config.shortName, config.switchboard.phone, config.address.street, config.email];
}
