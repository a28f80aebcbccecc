/**
 * How the plain HTML form (no JavaScript) learns what went wrong. The site is static, so the
 * answer is a 303 back to /foresla/ with a fragment naming one problem; the page has a hidden
 * message for each key, shown with CSS `:target`, beside the field and in the summary.
 */
import { AppError, ValidationError } from '../shared/errors.ts';
import { paths } from '../../src/core/paths.ts';
import { FIELD_ERROR_KEYS, type FieldErrorKey, type FormErrorKey } from '../../src/core/suggestions/form-errors.ts';

const CONTACT_FIELDS: Record<string, FieldErrorKey> = {
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  contact: 'email',
};

/** The one problem to show for an error, first field first. */
export function formErrorKey(error: unknown): FormErrorKey {
  if (error instanceof ValidationError && error.fields) {
    const named = Object.keys(error.fields).map((field) => CONTACT_FIELDS[field] ?? field);
    const first = FIELD_ERROR_KEYS.find((key) => named.includes(key));
    return first ?? 'ukjent';
  }
  if (error instanceof AppError) {
    if (error.code === 'invalid-council-code') return 'councilCode';
    if (error.code === 'council-code-guesses') return 'for-mange-koder';
    if (error.status === 413) return 'text';
    if (error.status === 429) return 'for-mange';
    if (error.status < 500) return 'ukjent';
  }
  return 'teknisk';
}

export function formErrorUrl(key: FormErrorKey): string {
  return `${paths.suggest()}?feil=${key}#feil-${key}`;
}
