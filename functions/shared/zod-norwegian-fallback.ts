/**
 * zod's fallback message is the core's one formatter of schema errors (src/core/schema-errors.ts).
 * Every schema names its own messages or gets the catalogue's by kind; this only guarantees that a
 * schema parsed without `validate` never reaches a reader in English. Imported for its effect by
 * each module that validates input. Only `config` is imported, so bundles keep just the zod/mini
 * functions they use.
 */
import { config } from 'zod/mini';
import { norwegianErrors } from '../../src/core/schema-errors.ts';

config({ customError: norwegianErrors });
