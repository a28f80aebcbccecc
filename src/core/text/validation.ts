/** The Norwegian words for a value that breaks its schema, wherever a schema checks what a person wrote. */
import validation from './nb/validation.json' with { type: 'json' };
import validationNn from './nn/validation.json' with { type: 'json' };
import { lookupIn } from './lookup.ts';

export const validationText = lookupIn({ nb: validation, nn: validationNn });

/**
 * A schema's own message for one check (`z.string().min(2, schemaMessage('schema.serviceName'))`),
 * worded by zod's error callback when a value breaks it, so it is read in the active language at
 * that moment, never when the schema module loads.
 */
export const schemaMessage = (key: keyof typeof validation) => ({ error: () => validationText(key) });
