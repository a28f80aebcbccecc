/**
 * Where each kommune of a book lives in the site bucket in AWS: a kommune under a prefix in the
 * folder of that prefix (`levanger/`, so its addresses are the bucket's keys), one on a host of its
 * own in `_hosts/<host>/`, which CloudFront's function serves at that host's root
 * (infra/edge-functions.ts). No prefix can start with `_` (src/core/schemas/book.ts), so the two never meet.
 */
import type { Book, BookKommune } from '../schemas/book.ts';

/** The bucket folder that holds every kommune on a host of its own. */
export const HOSTS_FOLDER = '_hosts';

/** The kommune's folder in the bucket, without slashes at either end. */
export function siteFolder(kommune: Pick<BookKommune, 'address'>): string {
  return 'prefix' in kommune.address ? kommune.address.prefix.slice(1, -1) : `${HOSTS_FOLDER}/${kommune.address.host}`;
}

/**
 * What the book's root step in AWS writes at the bucket's root: its pages, and the files its pages
 * link copied from a kommune's folder (hashed stylesheets, the icon), so that no kommune's build,
 * which deletes its own old files, takes them from under the root page.
 */
export const BOOK_ROOT_KEYS = { pages: ['index.html', '404.html', 'robots.txt'], assets: ['_astro/*', 'favicon.svg'] } as const;

/** The kommune whose served front page lends the book's root page its look (stylesheet, icon): the book's first. */
export const rootStyleKommune = (book: Book): BookKommune => book.kommuner[0]!;
