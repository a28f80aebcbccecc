/**
 * A kommune's own environment in a book of several kommuner: its address (SITE_URL), its målform
 * (BOOK_LANGUAGE) and, when it has one, its editors' mailbox (EDITORS_EMAIL), from its profile in
 * BOOK_KOMMUNE_PROFILES. What reads these through a kommune's context is then the kommune's: the
 * links in its e-mails, the language of its texts, who hears of its councils' statements.
 */
import type { Env } from './env.ts';
import type { KommuneProfile } from '../../src/core/books/kommune-profiles.ts';

export type WithProfiles = Partial<Pick<Env, 'BOOK_KOMMUNE_PROFILES'>>;

/** The kommune's profile; undefined outside a book (or in a context that brings no profiles, as some tests do). */
export const kommuneProfile = (env: WithProfiles, kommune: string | undefined): KommuneProfile | undefined =>
  kommune === undefined ? undefined : env.BOOK_KOMMUNE_PROFILES?.[kommune];

/** `env` as the kommune's: the same environment with its address, målform and editors' mailbox. */
export function kommuneEnv<E extends WithProfiles>(env: E, kommune: string): E {
  const profile = kommuneProfile(env, kommune);
  if (!profile) return env;
  return {
    ...env,
    SITE_URL: profile.siteUrl,
    BOOK_LANGUAGE: profile.language,
    ...(profile.editorsEmail ? { EDITORS_EMAIL: profile.editorsEmail } : {}),
  };
}
