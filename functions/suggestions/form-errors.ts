/**
 * How the plain HTML form (no JavaScript) learns what went wrong. The site is static, so the
 * answer is a 303 back to /foresla/ with a fragment naming one problem; the page has a hidden
 * message for each key, shown with CSS `:target`, beside the field and in the summary.
 */
import { AppError, ValidationError } from '../shared/errors.ts';
import { paths } from '../../src/lib/paths.ts';
import { COUNCIL_CODE_MAX, NAME_MAX, PHONE_MAX, TEXT_MAX, TEXT_MIN, TITLE_MAX } from './suggestion.ts';

/** Problems with one field, in the order the fields appear in the form. */
export const FIELD_ERRORS = {
  kind: 'Velg hva forslaget gjelder.',
  text: `Skriv hva du vil foreslå, minst ${TEXT_MIN} og høyst ${TEXT_MAX} tegn.`,
  title: `Overskriften kan være høyst ${TITLE_MAX} tegn.`,
  topic: 'Vi finner ikke den siden. Velg en side fra listen, eller la feltet stå tomt.',
  name: `Navnet kan være høyst ${NAME_MAX} tegn.`,
  email: 'Skriv e-postadressen slik: navn@eksempel.no',
  phone: `Telefonnummeret kan være høyst ${PHONE_MAX} tegn.`,
  councilCode: `Rådskoden stemmer ikke, eller den er ikke lenger i bruk (høyst ${COUNCIL_CODE_MAX} tegn). Sjekk koden, eller send inn uten kode.`,
} as const;

/** Problems with the whole submission. */
export const GENERAL_ERRORS = {
  'for-mange': 'Det er sendt inn mange forslag fra deg den siste timen. Vent en time og prøv igjen.',
  teknisk: 'Vi fikk ikke tatt imot forslaget akkurat nå på grunn av en feil hos oss. Prøv igjen om noen minutter.',
  ukjent: 'Vi forstod ikke det som ble sendt. Prøv å fylle ut skjemaet på nytt.',
} as const;

export type FormErrorKey = keyof typeof FIELD_ERRORS | keyof typeof GENERAL_ERRORS;

const CONTACT_FIELDS: Record<string, keyof typeof FIELD_ERRORS> = { 'contact.name': 'name', 'contact.email': 'email', 'contact.phone': 'phone', contact: 'email' };

/** The one problem to show for an error, first field first. */
export function formErrorKey(error: unknown): FormErrorKey {
  if (error instanceof ValidationError && error.fields) {
    const named = Object.keys(error.fields).map((field) => CONTACT_FIELDS[field] ?? field);
    const first = (Object.keys(FIELD_ERRORS) as (keyof typeof FIELD_ERRORS)[]).find((key) => named.includes(key));
    return first ?? 'ukjent';
  }
  if (error instanceof AppError) {
    if (error.code === 'invalid-council-code') return 'councilCode';
    if (error.status === 413) return 'text';
    if (error.status === 429) return 'for-mange';
    if (error.status < 500) return 'ukjent';
  }
  return 'teknisk';
}

export function formErrorUrl(key: FormErrorKey): string {
  return `${paths.suggest()}?feil=${key}#feil-${key}`;
}
