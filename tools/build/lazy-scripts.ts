/**
 * `import url from './page-feedback.ts?lazy'` in a browser script: `url` is the address of that
 * module built as a chunk of its own, for `import(url)` at the moment a reader needs it. A plain
 * `import('./x.ts')` would bring Vite's preload helper to every page that has one, a script of its
 * own larger than what the lazy module saves (rolldown-vite wraps every dynamic import in it). In
 * `astro dev` the address is the source module's, which the dev server compiles on request.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy-script:';

export function lazyScripts(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let root = process.cwd();
  return {
    name: 'lazy-scripts',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
      root = config.root;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return resolved ? `${PREFIX}${resolved.id}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      if (command === 'serve') return `export default ${JSON.stringify(`/${relative(root, file)}`)};`;
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: file })};`;
    },
  };
}
