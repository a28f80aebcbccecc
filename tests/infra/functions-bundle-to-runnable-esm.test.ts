import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFunction } from '../../infra/constructs/app-function.ts';

let outdir: string;
let bundle: string;

beforeAll(() => {
  // One real esbuild bundle through NodejsFunction, with the options every function gets; the
  // other infra tests skip bundling, and `npm run bench` measures every handler's bundle.
  outdir = mkdtempSync(join(tmpdir(), 'abc-cdk-'));
  const app = new App({ outdir });
  new AppFunction(new Stack(app, 'Bundle'), 'Health', {
    entry: fileURLToPath(new URL('../../functions/health/handler.ts', import.meta.url)),
    description: 'GET /api/health',
    environment: {},
    logRetentionDays: 30,
  });
  app.synth();
  const [asset] = readdirSync(outdir).filter((name) => name.startsWith('asset.'));
  bundle = join(outdir, asset!, 'index.mjs');
});

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('a function bundle', () => {
  it('is one minified ES module that carries its own AWS SDK', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code.startsWith('import { createRequire')).toBe(true);
    expect(code).toContain('DynamoDB');
    // The Lambda credentials stand-in replaced the SDK's full provider chain (SSO, INI files …).
    expect(code).not.toContain('credential-provider-ini');
  });

  it('loads on Node.js and exports the handler Lambda calls', async () => {
    const module = (await import(pathToFileURL(bundle).href)) as { handler?: unknown };
    expect(typeof module.handler).toBe('function');
  });
});
