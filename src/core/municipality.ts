/** The municipality config as data: validation with messages naming the file and field, and phone links. */
import { municipalitySchema, type Municipality } from './schemas/municipality.ts';

/** Where the active config lives, relative to the project: `MUNICIPALITY_CONFIG` or the default. */
export function municipalityConfigFile(env: Record<string, string | undefined>): string {
  return env.MUNICIPALITY_CONFIG ?? 'content/municipality.json';
}

/** Validates a municipality config's text; throws a message naming the file and the field. */
export function parseMunicipality(text: string, path: string): Municipality {
  const parsed = municipalitySchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ugyldig kommunekonfigurasjon i ${path}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Phone number as a `tel:` URI (Norwegian numbers get +47). */
export function telUri(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  return digits.startsWith('+') || digits.length <= 6 ? `tel:${digits}` : `tel:+47${digits}`;
}
