/**
 * What one build fixes for every page it makes, static or rendered on demand later by the server
 * renderer: the fact files read, the day prices and figures are shown for, and when the web pages
 * were built. In the source this is undefined and src/lib/municipality.ts reads the files
 * itself (tests, scripts, `astro dev`); the build replaces this module with the values it read at
 * its start (src/server/build-values-plugin.ts), so a page rendered in a Lambda months later says
 * exactly what the static pages of the same build say.
 */
import type { FactFiles } from '../core/facts/facts.ts';
import type { FactFilePaths } from '../core/municipality.ts';

export type BuildValues = {
  factFiles: { files: FactFiles; paths: FactFilePaths };
  /** YYYY-MM-DD in Norwegian time: dated prices and figures show the value in force that day. */
  bookDay: string;
  /** When the build started (ISO), for the footer's «Nettsidene er oppdatert …». */
  builtAt: string;
};

export const builtValues: BuildValues | undefined = undefined;
