/**
 * The Vite plugin that fixes src/lib/build-values.ts for one build: the fact files, the book's day
 * and the build's time, read once at its start, go into the bundle as data. The static pages and
 * the server renderer are made from the same bundle, so both show the same facts.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readBuildValues } from '../lib/municipality.ts';

const MODULE = fileURLToPath(new URL('../lib/build-values.ts', import.meta.url));

export function buildValuesPlugin(): Plugin {
  let values: string | undefined;
  return {
    name: 'abc-build-values',
    apply: 'build',
    buildStart() {
      values ??= JSON.stringify(readBuildValues());
    },
    load(id) {
      if (id.split('?')[0] !== MODULE) return undefined;
      values ??= JSON.stringify(readBuildValues());
      return `export const builtValues = ${values};`;
    },
  };
}
