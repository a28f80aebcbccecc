/**
 * The date of this build of the web pages, as readers see it in the footer («Nettsidene er
 * oppdatert …»). A publication puts its web pages out before it prints the book, so the two
 * editions can be from different days; the book's date is in its download links.
 */
import { norwegianDate } from '../core/norwegian-date.ts';

export const webEditionDate = norwegianDate(new Date());
