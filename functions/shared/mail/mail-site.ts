/**
 * Whose site an e-mail speaks for: the address its links start from and, in a book of several
 * kommuner, the kommune it names. A kommune's links go under its own address (`/verdal/…` or its
 * host); a link to the API keeps the book's `/api/` and names the kommune, as every API request
 * of a book does. A kommune on its own: its SITE_URL, no name, links as they always were.
 */
import type { Env } from '../env.ts';
import { kommuneProfile } from '../kommune-env.ts';
import { KOMMUNE_PARAMETER } from '../request-kommune.ts';

export type MailSite = {
  /** The address of the site's pages (SITE_URL; a kommune's own in its context). */
  url: string;
  /** The kommune of a book the e-mail is from, by id and by name («Voss herad»); unset for a kommune on its own. */
  kommune?: { id: string; name: string };
};

/** The site of a context: its kommune's, in a book. */
export function mailSite(ctx: { env: Pick<Env, 'SITE_URL'> & Partial<Pick<Env, 'BOOK_KOMMUNE_PROFILES'>>; kommune?: string }): MailSite {
  const profile = kommuneProfile(ctx.env, ctx.kommune);
  return { url: ctx.env.SITE_URL, ...(profile && ctx.kommune ? { kommune: { id: ctx.kommune, name: profile.name } } : {}) };
}

/** The full address of a site path (paths.ts): a page under the site's address, an API address at its origin, naming the kommune. */
export function siteLink(site: MailSite, path: string): string {
  if (path.startsWith('/api/')) {
    const link = new URL(path, site.url);
    if (site.kommune) link.searchParams.set(KOMMUNE_PARAMETER, site.kommune.id);
    return link.href;
  }
  return new URL(path.replace(/^\//, ''), site.url.endsWith('/') ? site.url : `${site.url}/`).href;
}
