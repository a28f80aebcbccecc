import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_BUNDLE_OPTIONS } from '../../functions/bundle/bundle-options.ts';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../tools/local/embedded-dynamo.ts';
import { createDocumentClient } from '../../functions/shared/storage/client.ts';
import { ensureTable } from '../../functions/shared/storage/index.ts';
import { SEARCH_SITE_FILES } from '../../functions/search/site-files.ts';
import { SERVER_RENDERER_DIR, serverDirFor } from '../../src/core/rendered-pages.ts';
import { fixture } from '../fixtures/api-events/index.ts';
import { builtSite } from '../fixtures/search-site.ts';

const MAX_BUNDLE_BYTES = 350 * 1024;
const outDir = mkdtempSync(join(tmpdir(), 'abc-bundles-'));
let dynamo: EmbeddedDynamo;
const env = { TABLE_NAME: 'bundle-test', AWS_REGION: 'local', RATE_LIMIT_SALT: 'bundle-test-salt-long-enough', SUGGESTION_RATE_LIMIT: '5' };

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
  const client = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  await ensureTable(client, env.TABLE_NAME);
  client.destroy();
});

afterAll(async () => {
  await dynamo.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Bundles an entry exactly as infra deploys it, and calls its `handler` in a fresh Node process. */
async function invokeBundle(entry: string, event: unknown): Promise<{ statusCode: number; body?: string }> {
  const outfile = join(outDir, `${entry.replace(/\W/g, '-')}.mjs`);
  await build({
    ...LAMBDA_BUNDLE_OPTIONS,
    mainFields: [...LAMBDA_BUNDLE_OPTIONS.mainFields],
    external: [...LAMBDA_BUNDLE_OPTIONS.external],
    entryPoints: [`functions/${entry}`],
    outfile,
    logLevel: 'error',
  });
  // The SDK alone is about 190 KiB minified (@smithy/core's schema serde since 2025); the search's
  // vocabulary adds about 70 KiB. The bench prints every bundle's size beside its target.
  expect(statSync(outfile).size).toBeLessThan(MAX_BUNDLE_BYTES);
  const script = `const { handler } = await import(${JSON.stringify(outfile)}); console.log(JSON.stringify(await handler(JSON.parse(process.env.EVENT))));`;
  // Asynchronous: dynalite runs in this process and must keep answering while the child waits.
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, ...env, DYNAMODB_ENDPOINT: dynamo.endpoint, EVENT: JSON.stringify(event) },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { statusCode: number; body?: string };
}

describe('the deployed bundles (esbuild, minified, SDK included, under 350 KiB)', () => {
  it('store a suggestion', async () => {
    const result = await invokeBundle('suggestions/handler.ts', fixture('post-suggestion'));
    expect(result.statusCode).toBe(201);
    expect(JSON.parse(result.body!)).toEqual({
      id: expect.any(String),
      status: 'new',
      reference: expect.stringMatching(/^F-\d{4}-\d{4}$/),
    });
  });

  it('store page feedback', async () => {
    expect((await invokeBundle('feedback/handler.ts', fixture('post-feedback'))).statusCode).toBe(202);
  });

  it('answer the health check', async () => {
    expect(await invokeBundle('health/handler.ts', fixture('get-health'))).toMatchObject({ statusCode: 200, body: '{"ok":true}' });
  });

  it('list public answers', async () => {
    expect((await invokeBundle('public-answers/handler.ts', fixture('get-public-answers'))).statusCode).toBe(200);
  });

  it('render the search results page with the server renderer and the alias index beside the bundle, as infra lays them out', async () => {
    copyFileSync(join(builtSite, SEARCH_SITE_FILES.index), join(outDir, SEARCH_SITE_FILES.index));
    symlinkSync(serverDirFor(builtSite), join(outDir, SERVER_RENDERER_DIR), 'dir');
    const result = await invokeBundle('search/handler.ts', fixture('get-search'));
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('<input id="search-page-field" name="q" type="search"');
    expect(result.body).toContain('href="/sykehjem/"');
  });
});
