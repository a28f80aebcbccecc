/**
 * The date of this build of the web pages, as readers see it in the footer («Nettsidene er
 * oppdatert …»). A publication puts its web pages out before it prints the book, so the two
 * editions can be from different days; the book's date is in its download links. A page the
 * server renderer makes later carries the date of the build it came from.
 */
import { norwegianDate } from '../core/norwegian-date.ts';
import { builtValues } from './build-values.ts';

export const webEditionDate = norwegianDate(builtValues ? new Date(builtValues.builtAt) : new Date());
