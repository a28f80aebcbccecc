/**
 * What the suggestion form says about each problem, keyed as the no-JS form's `#feil-<key>` fragment
 * names it. The page shows them beside the fields; the API picks the key.
 */
import { COUNCIL_CODE_MAX, NAME_MAX, PHONE_MAX, TEXT_MAX, TEXT_MIN, TITLE_MAX } from './limits.ts';

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
