/**
 * A Norwegian fallback message for zod. Every schema names its own messages; this only
 * guarantees that a check someone forgot to word never reaches a reader in English.
 * Imported for its effect by each module that validates input. Only `config` is imported, so
 * bundles keep just the zod/mini functions they use.
 */
import { config } from 'zod/mini';
import { apiText } from '../../src/core/text/api.ts';

config({ customError: () => apiText('error.fieldNotUnderstood') });
