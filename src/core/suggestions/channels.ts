/** Ways a suggestion reaches editors that an editor writes down for the sender (the «Registrer» form). */
export const WRITTEN_DOWN_CHANNELS = ['phone', 'letter', 'meeting', 'email'] as const;
export type WrittenDownVia = (typeof WRITTEN_DOWN_CHANNELS)[number];

/**
 * Ways a suggestion reaches editors besides the web form: those, and «søk» – a new topic editors
 * file from a search readers made without finding an answer (the insight's «Lag forslag om nytt tema»).
 */
export const REGISTERED_CHANNELS = [...WRITTEN_DOWN_CHANNELS, 'search'] as const;
export type RegisteredVia = (typeof REGISTERED_CHANNELS)[number];
