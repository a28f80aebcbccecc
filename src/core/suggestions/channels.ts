/** Ways a suggestion reaches editors besides the web form; editors register these for the sender. */
export const REGISTERED_CHANNELS = ['phone', 'letter', 'meeting', 'email'] as const;
export type RegisteredVia = (typeof REGISTERED_CHANNELS)[number];
