/**
 * The local parts of the kommune being built, when it is one kommune of a book and its entry names
 * a `localParts` file (src/core/schemas/local-parts.ts), or the file LOCAL_PARTS_FILE names (a
 * publication build's: the published parts laid over it); none for a kommune on its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localPartsSchema, type LocalPart, type LocalParts } from '../core/schemas/local-parts.ts';
import { bookKommune } from './book-kommuner.ts';

let parts: LocalParts | undefined;

function kommuneParts(): LocalParts {
  parts ??= (() => {
    // A publication build lays the published parts over the kommune's file and names the result (tools/build/book-folder.ts).
    const file = process.env.LOCAL_PARTS_FILE || bookKommune()?.localParts;
    if (!file) return {};
    const parsed = localPartsSchema.safeParse(JSON.parse(readFileSync(resolve(file), 'utf8')));
    if (!parsed.success) {
      throw new Error(
        `Ugyldige lokale deler i ${file}:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
      );
    }
    return parsed.data;
  })();
  return parts;
}

/** The kommune's text for the slot `name` of the article `slug`, if it filled it. */
export function localPart(slug: string, name: string): LocalPart | undefined {
  return kommuneParts()[slug]?.[name];
}
