import { writeBooklet } from '../../tools/booklet/write-booklet.ts';
import type { EditionId } from '../../src/core/booklet/edition.ts';

export interface BookletFigures {
  seconds: number;
  editions: { file: string; pages: number; bytes: number }[];
}

/** Prints the editions of an already built site and reports time, pages and size of each PDF. */
export async function measureBooklet(distDir: string, editions?: readonly EditionId[]): Promise<BookletFigures> {
  const started = performance.now();
  const manifest = await writeBooklet(distDir, editions ? { editions } : {});
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    editions: manifest.files.map(({ file, pages, bytes }) => ({ file, pages, bytes })),
  };
}
