/**
 * zod (the mini build, to keep Lambda bundles small) with a Norwegian fallback message.
 * Every schema names its own messages; this only guarantees that a check someone forgot to
 * word never reaches a reader in English.
 */
import * as z from 'zod/mini';

z.config({ customError: () => 'Dette feltet ble ikke forstått. Sjekk det og prøv igjen.' });

export { z };
