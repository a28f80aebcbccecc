/** The Norwegian words for a value that breaks its schema, wherever a schema checks what a person wrote. */
import validation from './nb/validation.json' with { type: 'json' };
import validationNn from './nn/validation.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export const validationText = lookupIn({ nb: validation, nn: validationNn });
