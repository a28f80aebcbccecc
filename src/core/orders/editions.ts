/** The printed editions a reader may ask to get by post: every edition of the book for readers (the print shop's file is not one). */
import type { EditionId } from '../booklet/edition.ts';

export const ORDERABLE_EDITIONS = ['full', 'large', 'short', 'largeShort'] as const satisfies readonly EditionId[];

export type OrderEdition = (typeof ORDERABLE_EDITIONS)[number];
