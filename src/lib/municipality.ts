import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { municipalityConfigFile, municipalityOf, nationalFiguresOf, readFactFiles, type FactFilePaths } from '../core/municipality.ts';
import type { FactFiles } from '../core/facts/facts.ts';
import type { Municipality } from '../core/schemas/municipality.ts';
import type { NationalFigures } from '../core/schemas/national.ts';
import { osloClock } from '../core/opening-hours.ts';
import { builtValues, type BuildValues } from './build-values.ts';
import { asInBook } from './book-kommuner.ts';

const readText = (path: string) => readFileSync(resolve(path), 'utf8');

/** The active config: `MUNICIPALITY_CONFIG` (a path) or the default `content/municipality.json`. */
export function municipalityConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(municipalityConfigFile(env));
}

/** Reads and validates a municipality config and the county file it points to; throws a message naming the file and the field. */
export function loadMunicipality(path = municipalityConfigPath()): Municipality {
  const { files, paths } = readFactFiles(readText, { MUNICIPALITY_CONFIG: path });
  return municipalityOf(files, paths);
}

let cached: { files: FactFiles; paths: FactFilePaths } | undefined;

/** The fact files this build reads: a publication's FACTS_DIR, else the seed files in content/. */
function factFiles() {
  cached ??= builtValues?.factFiles ?? readFactFiles(readText, process.env);
  return cached;
}

let kommune: Municipality | undefined;

/** The active municipality with its county's services, read once per build. */
export function municipality(): Municipality {
  if (!kommune) {
    // In a book the kommune's pages are read at the book's address (or the host the book gives it), with the services it shares.
    kommune = asInBook(municipalityOf(factFiles().files, factFiles().paths));
  }
  return kommune;
}

let figures: NationalFigures | undefined;

/** The national figures (grunnbeløpet, egenandelstaket …), read once per build. */
export function nationalFigures(): NationalFigures {
  figures ??= nationalFiguresOf(factFiles().files, factFiles().paths);
  return figures;
}

/** Where the fact files were read, for messages that name the file. */
export function factFilePaths(): FactFilePaths {
  return factFiles().paths;
}

/** The fact files this build reads, as JSON (for the facts desk's forms). */
export function bookFactFiles(): FactFiles {
  return factFiles().files;
}

/**
 * The day the book is built for (YYYY-MM-DD in Norwegian time): dated prices and figures show the
 * value in force that day. `BOOK_DATE` sets it (tests, a rebuild scheduled for a `validFrom`).
 */
export function bookDay(): string {
  return builtValues?.bookDay ?? bookDayOf(process.env);
}

function bookDayOf(env: NodeJS.ProcessEnv): string {
  const set = env.BOOK_DATE;
  if (set !== undefined && set !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(set)) throw new Error(`BOOK_DATE må være ÅÅÅÅ-MM-DD, fikk «${set}»`);
    return set;
  }
  return osloClock(new Date()).date;
}

/** The values this build fixes for its pages, read now (the build's plugin calls this once, at its start). */
export function readBuildValues(): BuildValues {
  return { factFiles: factFiles(), bookDay: bookDayOf(process.env), builtAt: new Date().toISOString() };
}
