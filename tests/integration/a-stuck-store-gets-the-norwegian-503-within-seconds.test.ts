import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signEditorToken, loadOrCreateEditorKey } from '../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import { STORAGE_CALL_LIMIT_MS } from '../../functions/shared/table-contract.ts';
import { startStuckableRelay, type StuckableRelay } from './support/stuck-store.ts';

let store: StuckableRelay;
let server: LocalServer;
let dataDir: string;
let token: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'abc-stuck-'));
  store = await startStuckableRelay();
  server = await startLocalServer({
    port: 0,
    dataDir,
    distDir: join(dataDir, 'no-dist'),
    storeEndpoint: (endpoint) => store.forwardTo(endpoint),
    env: { SUGGESTION_RATE_LIMIT: '5' },
  });
  token = await signEditorToken(await loadOrCreateEditorKey(dataDir), { name: 'Kari Redaktør' });
  // Warm, kept-alive connections first: the stuck store must also hang requests on those.
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  store.stopAnswering();
});

afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const suggestion = { kind: 'question', text: 'Hvor lenge må jeg vente på svar om sykehjemsplass?' };

async function timed(path: string, init: RequestInit = {}) {
  const started = performance.now();
  const response = await fetch(server.url + path, { redirect: 'manual', ...init });
  return { response, seconds: (performance.now() - started) / 1000 };
}

const limitSeconds = STORAGE_CALL_LIMIT_MS / 1000;

describe.concurrent('a store that accepts connections but never answers', () => {
  it.each([
    ['GET /api/health', '/api/health', {}],
    [
      'POST /api/suggestions',
      '/api/suggestions',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(suggestion) },
    ],
    ['GET /api/moderation/counts', '/api/moderation/counts', { authBearer: true }],
    ['GET /api/moderation/suggestions', '/api/moderation/suggestions', { authBearer: true }],
  ] as const)('%s answers 503 storage-unavailable within the storage limit', async (_name, path, init) => {
    const { authBearer, ...request } = init as RequestInit & { authBearer?: boolean };
    const { response, seconds } = await timed(path, {
      ...request,
      ...(authBearer ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('storage-unavailable');
    expect(body.error.message).toMatch(/Prøv igjen om noen minutter/);
    expect(seconds).toBeLessThan(limitSeconds);
  });

  it('sends the plain form back to /foresla/ with its error within the storage limit', async () => {
    const { response, seconds } = await timed('/api/suggestions', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(suggestion).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/foresla/?feil=teknisk#feil-teknisk');
    expect(seconds).toBeLessThan(limitSeconds);
  });
});
