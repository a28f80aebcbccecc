/** How long the texts people and editors write may be, and how long contact data is kept: shared by forms, API and pages. */
export const TEXT_MIN = 10;
export const TEXT_MAX = 4000;
export const TITLE_MAX = 120;
export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const PHONE_MAX = 20;
export const COUNCIL_CODE_MAX = 64;
/** Wrong council codes allowed per client, and per code prefix from all clients, in any 60 minutes (off with the rate limit). */
export const COUNCIL_CODE_GUESSES = 10;
export const COMMENT_MAX = 1000;
export const PAGE_MAX = 200;
export const NOTE_MAX = 2000;
export const ANSWER_MAX = 2000;
export const COUNCIL_NAME_MAX = 100;

/** Days after a suggestion is closed before its contact data is deleted, unless CONTACT_RETENTION_DAYS says otherwise. */
export const DEFAULT_CONTACT_RETENTION_DAYS = 180;
