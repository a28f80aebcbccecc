/**
 * The problems the suggestion form can show, keyed as the no-JS form's `#feil-<key>` fragment
 * names them. The page shows their texts (suggest.error.<key>) beside the fields; the API picks the key.
 */

/** Problems with one field, in the order the fields appear in the form. */
export const FIELD_ERROR_KEYS = ['kind', 'text', 'title', 'topic', 'name', 'email', 'phone', 'councilCode'] as const;

/** Problems with the whole submission. */
export const GENERAL_ERROR_KEYS = ['for-mange', 'for-mange-koder', 'teknisk', 'ukjent'] as const;

export type FieldErrorKey = (typeof FIELD_ERROR_KEYS)[number];
export type FormErrorKey = FieldErrorKey | (typeof GENERAL_ERROR_KEYS)[number];
