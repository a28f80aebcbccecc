import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../../tools/local/server.ts';
import { manualClock } from '../support/test-storage.ts';

const clock = manualClock();
let server: LocalServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'abc-sign-in-'));
  server = await startLocalServer({ port: 0, dataDir, distDir: join(dataDir, 'no-dist'), now: clock.now });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const signIn = (password: string) =>
  fetch(`${server.url}/api/local/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Per', password }),
  });

describe('the local password sign-in', () => {
  it('stops guessing after a few wrong passwords, even a right one, and says how long to wait', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await signIn(`gjett-${attempt}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const refused = await signIn(server.editorPassword);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await refused.json()).toMatchObject({
      error: { code: 'too-many-sign-in-attempts', message: expect.stringMatching(/minutter/) },
    });
  });

  it('keeps holding the address back after the local server restarts', async () => {
    await server.close();
    server = await startLocalServer({ port: 0, dataDir, distDir: join(dataDir, 'no-dist'), now: clock.now });
    const refused = await signIn(server.editorPassword);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'too-many-sign-in-attempts' } });
  });

  it('lets the editor in again once the wait is over', async () => {
    clock.advance(16 * 60_000);
    expect((await signIn(server.editorPassword)).status).toBe(200);
  });
});
