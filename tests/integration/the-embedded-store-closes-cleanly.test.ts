import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedDynamo } from '../../tools/local/embedded-dynamo.ts';
import { startTestContext } from './support/test-storage.ts';

const dir = mkdtempSync(join(tmpdir(), 'abc-store-closes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded store in its own thread', () => {
  it('closes with the SDK still connected, leaves nothing running, and hands its data folder to the next start', async () => {
    const path = join(dir, 'dynamodb');
    const child = spawn(process.execPath, ['tests/integration/support/store-then-exit.ts', path, 'closes-cleanly'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    // The process ends by itself only when the store's thread, server and LevelDB are all closed.
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(output.trim()).toBe('closes-cleanly');

    // LevelDB was closed, so its lock is free and what was written is there.
    const next = await startTestContext({ path, env: { TABLE_NAME: 'closes-cleanly' } });
    try {
      expect((await next.storage.getSuggestion('closes-cleanly'))?.text).toBe('Lagret før lageret ble lukket');
    } finally {
      await next.close();
    }
  }, 120_000);

  it('no longer answers on its port once closed', async () => {
    const store = await startEmbeddedDynamo();
    expect((await fetch(store.endpoint, { method: 'POST' })).status).toBe(400);
    await store.close();
    await expect(fetch(store.endpoint, { method: 'POST' })).rejects.toThrow();
  });
});
