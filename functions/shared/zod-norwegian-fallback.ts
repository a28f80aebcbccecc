/**
 * A Norwegian fallback message for zod. Every schema names its own messages; this only
 * guarantees that a check someone forgot to word never reaches a reader in English.
 * Imported for its effect by each module that validates input. Only `config` is imported, so
 * bundles keep just the zod/mini functions they use.
 */
import { config } from 'zod/mini';

config({ customError: () => 'Dette feltet ble ikke forstått. Sjekk det og prøv igjen.' });
