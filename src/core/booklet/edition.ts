/** The printed editions of the book: where they are written, and how the site links to them. */
import { underBase } from '../paths.ts';

export const BOOKLET_DIR = 'bok';
/** Written beside the PDFs: the edition date and each file's size and page count. */
export const BOOKLET_MANIFEST = 'utgave.json';

export const EDITIONS = [
  { id: 'full', file: 'alderdommens-abc.pdf' },
  { id: 'large', file: 'alderdommens-abc-stor-skrift.pdf' },
  { id: 'short', file: 'alderdommens-abc-kortversjon.pdf' },
  /** The short edition at 18 pt, for those who need large print most. */
  { id: 'largeShort', file: 'alderdommens-abc-kortversjon-stor-skrift.pdf' },
  { id: 'printShop', file: 'alderdommens-abc-trykkeri.pdf' },
] as const;

export type EditionId = (typeof EDITIONS)[number]['id'];

export interface EditionFile {
  id: EditionId;
  file: string;
  bytes: number;
  pages: number;
}

export interface BookletManifest {
  /** ISO date of the edition, e.g. "2026-11-30". */
  edition: string;
  files: EditionFile[];
}

/** Where the built pages carry the download links; the booklet build fills them in. */
export const LINK_MARKERS = { home: '<!--booklet-links:home-->', footer: '<!--booklet-links:footer-->' } as const;

const sizeFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** "2,1 MB", "850 kB": how a reader judges whether a download is worth it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${sizeFormat.format(bytes / 1_000_000)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/** "/bok/alderdommens-abc.pdf". */
export const editionPath = (file: string, base?: string): string => underBase(`/${BOOKLET_DIR}/${file}`, base);
