/**
 * What the API knows of each kommune of a book: its name, its own address and its målform, and
 * the editors' mailbox when the kommune has one of its own. Made from the book config and each
 * kommune's municipality config, in one place, for the CDK app and the local server alike; the
 * functions read it as BOOK_KOMMUNE_PROFILES (functions/shared/env.ts) beside BOOK_KOMMUNER.
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '../text/language.ts';
import type { Book } from '../schemas/book.ts';
import type { Municipality } from '../schemas/municipality.ts';
import { kommuneSite } from './addresses.ts';

export const kommuneProfileSchema = z.object({
  /** The kommune's name as readers know it («Verdal kommune», «Voss herad»): e-mails name it. */
  name: z.string().check(z.minLength(1)),
  /** The address of the kommune's pages (its prefix under the book's address, or its host): every link in its e-mails starts here. */
  siteUrl: z.url(),
  /** Its målform: its e-mails, the API's messages and its editors' texts are in it. */
  language: z.enum(LANGUAGES),
  /** The kommune's own editors' mailbox; unset: the deployment's EDITORS_EMAIL. */
  editorsEmail: z.optional(z.string().check(z.minLength(3))),
});

/** Kommune id → what the API knows of it. */
export const kommuneProfilesSchema = z.record(z.string(), kommuneProfileSchema);

export type KommuneProfile = z.infer<typeof kommuneProfileSchema>;
export type KommuneProfiles = z.infer<typeof kommuneProfilesSchema>;

/**
 * The profiles of the book's kommuner. `municipalityAt` reads a kommune's municipality config by
 * its path in the book; `bookUrl` is the book's address as readers reach it (the deployment's
 * origin in AWS, the server's address locally), under which the kommuner with a prefix are served.
 */
export function kommuneProfiles(
  book: Book,
  municipalityAt: (config: string) => Pick<Municipality, 'name' | 'language'>,
  bookUrl: string,
): KommuneProfiles {
  return Object.fromEntries(
    book.kommuner.map((kommune) => {
      const { name, language } = municipalityAt(kommune.config);
      const siteUrl =
        'prefix' in kommune.address ? `${bookUrl.replace(/\/$/, '')}${kommune.address.prefix}` : `${kommuneSite(book, kommune).siteUrl}/`;
      return [kommune.id, { name, siteUrl, language, ...(kommune.editorsEmail ? { editorsEmail: kommune.editorsEmail } : {}) }];
    }),
  );
}

/** The functions' environment for a book: its kommuner in the book's order and their profiles (functions/shared/env.ts reads both). */
export function bookApiEnv(
  book: Book,
  municipalityAt: (config: string) => Pick<Municipality, 'name' | 'language'>,
  bookUrl: string,
): { BOOK_KOMMUNER: string; BOOK_KOMMUNE_PROFILES: string } {
  return {
    BOOK_KOMMUNER: book.kommuner.map((kommune) => kommune.id).join(','),
    BOOK_KOMMUNE_PROFILES: JSON.stringify(kommuneProfiles(book, municipalityAt, bookUrl)),
  };
}
