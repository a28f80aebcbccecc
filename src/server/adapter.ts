/**
 * The Astro adapter of the server renderer: Astro's own SSR build with one entry,
 * src/server/entry.ts, bundled whole (no node_modules at run time), for the Lambda functions and
 * the local server that render pages on demand. Every page not marked `prerender = false` stays
 * static.
 */
import { rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { buildValuesPlugin } from './build-values-plugin.ts';

export function serverRenderer(): AstroIntegration {
  let serverDir: URL | undefined;
  return {
    name: 'abc-server-renderer',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // A Lambda gets the folder as built: every dependency goes into the bundle. So does the
        // prerendering's, which Astro writes beside it, outside the project when the site is
        // built elsewhere (a publication in DATA_DIR), where no node_modules can be found.
        updateConfig({
          vite: {
            ssr: { noExternal: true },
            environments: {
              prerender: { resolve: { noExternal: true } },
              // Minified, the renderer a cold Lambda parses is smaller (Astro leaves server builds as they are).
              ssr: { build: { rolldownOptions: { output: { minify: true } } } },
            },
            plugins: [buildValuesPlugin()],
          },
        });
      },
      'astro:config:done': ({ config, setAdapter }) => {
        serverDir = config.build.server;
        setAdapter({
          name: 'abc-server-renderer',
          serverEntrypoint: new URL('./entry.ts', import.meta.url),
          entrypointResolution: 'auto',
          supportedAstroFeatures: {
            staticOutput: 'stable',
            hybridOutput: 'stable',
            serverOutput: 'stable',
            sharpImageService: 'stable',
          },
          adapterFeatures: { buildOutput: 'server' },
        });
      },
      'astro:build:start': async () => {
        // Nothing of an earlier build may stay among the chunks a Lambda loads.
        if (serverDir) await rm(serverDir, { recursive: true, force: true });
      },
    },
  };
}
