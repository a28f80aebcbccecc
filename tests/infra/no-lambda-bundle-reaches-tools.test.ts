/**
 * tools/ (build, print, local server) never ships to AWS: bundling every function the stack
 * deploys, from the very entries infra gives NodejsFunction, reads no file under tools/. The
 * dependency rules forbid the import; this proves it on what esbuild actually bundles.
 */
import { relative } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LAMBDA_BUNDLE_OPTIONS } from '../../functions/bundle/bundle-options.ts';
import { mailRetry, publishingTasks, routes } from '../../functions/routes.ts';
import { AppFunction } from '../../infra/constructs/app-function.ts';
import { synthBookStack } from './support/synth-book-stack.ts';

/**
 * The repository files esbuild reads for these entries, bundled as infra bundles them; npm
 * packages are left out (no package imports the repository), which keeps this to seconds.
 */
async function bundledFiles(entries: readonly string[]): Promise<string[]> {
  const result = await build({
    ...LAMBDA_BUNDLE_OPTIONS,
    mainFields: [...LAMBDA_BUNDLE_OPTIONS.mainFields],
    external: [...LAMBDA_BUNDLE_OPTIONS.external],
    packages: 'external',
    minify: false,
    entryPoints: [...entries],
    outdir: 'lambda-bundles-not-written',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return Object.keys((result.metafile as Metafile).inputs);
}

describe('the Lambda bundles', () => {
  // With mail configured, so the mail run's function is there too.
  const { stack } = synthBookStack({ context: { mailIdentity: 'jevnaker.kommune.no', editorsEmail: 'redaksjonen@jevnaker.kommune.no' } });
  const entries = stack.node
    .findAll()
    .filter((construct): construct is AppFunction => construct instanceof AppFunction)
    .map((fn) => relative(process.cwd(), fn.entry));

  it('come from every handler the route table and the tasks name', () => {
    const handlers = [
      ...routes.map((route) => route.handler),
      mailRetry.handler,
      ...Object.values(publishingTasks).map((task) => task.handler),
    ];
    expect(new Set(entries)).toEqual(new Set(handlers.map((handler) => `functions/${handler}`)));
  });

  it('read no file under tools/', async () => {
    const files = await bundledFiles(entries);
    expect(files.some((file) => file.startsWith('functions/shared/'))).toBe(true);
    expect(files.filter((file) => file.startsWith('tools/'))).toEqual([]);
  }, 60_000);

  it('would show a file under tools/ when an entry reached one (the check itself works)', async () => {
    expect(await bundledFiles(['tools/build/book-folder.ts'])).toContain('tools/build/book-folder.ts');
  }, 60_000);
});
