/** The municipality config as data: where the fact files are, validation with messages naming the file and field, the county merge, and phone links. */
import type { z } from 'zod';
import type { FactFiles } from './facts/facts.ts';
import { countySchema, municipalitySchema, type County, type Municipality } from './schemas/municipality.ts';
import { nationalFiguresSchema, type NationalFigures } from './schemas/national.ts';

/** Where the active config lives, relative to the project: `MUNICIPALITY_CONFIG` or the default. */
export function municipalityConfigFile(env: Record<string, string | undefined>): string {
  return env.MUNICIPALITY_CONFIG ?? 'content/municipality.json';
}

/** The national figures every kommune's book shares. */
export const NATIONAL_FIGURES_FILE = 'content/national/figures.json';

/** The files of a facts folder (FACTS_DIR): the seed files with the published facts laid over them. */
export const FACTS_DIR_FILES = { municipality: 'municipality.json', county: 'county.json', national: 'national.json' } as const;

export type FactFilePaths = { municipality: string; county: string; national: string };

/**
 * Reads the three fact files the build uses, as JSON, with the paths they came from: a
 * publication's facts folder (`FACTS_DIR`) when set, else the seed files in content/ (the
 * municipality config, the county file it names and the national figures). `read` reads a file
 * by path, so this stays free of Node.
 */
export function readFactFiles(
  read: (path: string) => string,
  env: Record<string, string | undefined>,
): { files: FactFiles; paths: FactFilePaths } {
  const dir = env.FACTS_DIR;
  const json = (path: string): Record<string, unknown> => {
    try {
      return JSON.parse(read(path)) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`Kunne ikke lese ${path}: ${(error as Error).message}`, { cause: error });
    }
  };
  if (dir) {
    const paths = {
      municipality: `${dir}/${FACTS_DIR_FILES.municipality}`,
      county: `${dir}/${FACTS_DIR_FILES.county}`,
      national: `${dir}/${FACTS_DIR_FILES.national}`,
    };
    return { files: { municipality: json(paths.municipality), county: json(paths.county), national: json(paths.national) }, paths };
  }
  const municipalityPath = municipalityConfigFile(env);
  const municipality = json(municipalityPath);
  const countyPath = typeof municipality.countyConfig === 'string' ? municipality.countyConfig : '';
  if (!countyPath) throw new Error(`${municipalityPath} mangler countyConfig (stien til fylkesfilen)`);
  const paths = { municipality: municipalityPath, county: countyPath, national: NATIONAL_FIGURES_FILE };
  return { files: { municipality, county: json(countyPath), national: json(paths.national) }, paths };
}

function parseWith<T extends z.ZodType>(schema: T, data: unknown, path: string, what: string): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ugyldig ${what} i ${path}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Validates a municipality config's text; throws a message naming the file and the field. */
export function parseMunicipality(text: string, path: string): Municipality {
  return parseWith(municipalitySchema, JSON.parse(text), path, 'kommunekonfigurasjon');
}

/** Validates a county file's text; throws a message naming the file and the field. */
export function parseCounty(text: string, path: string): County {
  return parseWith(countySchema, JSON.parse(text), path, 'fylkesfil');
}

/** The kommune with its county's services, from fact files already read; throws naming the file and the field. */
export function municipalityOf(files: FactFiles, paths: FactFilePaths): Municipality {
  const config = parseWith(municipalitySchema, files.municipality, paths.municipality, 'kommunekonfigurasjon');
  return withCounty(config, parseWith(countySchema, files.county, paths.county, 'fylkesfil'), paths.county);
}

/** The national figures, from fact files already read; throws naming the file and the field. */
export function nationalFiguresOf(files: FactFiles, paths: FactFilePaths): NationalFigures {
  return parseWith(nationalFiguresSchema, files.national, paths.national, 'fil med nasjonale tall');
}

/**
 * The kommune with its county's services (TT-kort, tannhelse, pasientreiser, Statsforvalteren) joined in.
 * Throws when both define the same id, so no county fact is silently replaced by a local one.
 */
export function withCounty(config: Municipality, county: County, countyPath = config.countyConfig): Municipality {
  const clashes = Object.keys(county.services).filter((id) => id in config.services);
  if (clashes.length > 0) {
    throw new Error(
      `Tjenestene ${clashes.join(', ')} står både i ${countyPath} og i kommunekonfigurasjonen: behold dem bare i fylkesfilen`,
    );
  }
  return { ...config, services: { ...config.services, ...county.services } };
}

/** Local facts that must never be written into article text, so one book fits every kommune. */
export function localFactsOf(config: Municipality): string[] {
  const facts = [config.name, config.shortName, config.switchboard?.phone, config.address?.street, config.email];
  return facts.filter((fact) => fact !== undefined);
}
