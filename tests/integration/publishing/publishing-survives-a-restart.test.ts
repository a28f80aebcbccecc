/**
 * The state of publishing is in the table, not in a process: a server killed in the middle of a
 * build runs that build again after a restart, and a publication scheduled before a restart
 * starts after it when its time has come.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateEditorKey, signEditorToken } from '../../../tools/local/editor-key.ts';
import { startLocalServer, type LocalServer } from '../../../tools/local/server.ts';
import { schedulePublication } from '../../../functions/shared/publishing/publications.ts';
import { manualClock } from '../support/test-storage.ts';
import { quickBuild } from '../support/moderation-server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'abc-restart-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const start = (now?: () => Date): Promise<LocalServer> =>
  startLocalServer({
    port: 0,
    dataDir,
    distDir: join(dataDir, 'no-dist'),
    env: { SUGGESTION_RATE_LIMIT: '0' },
    buildSite: quickBuild,
    ...(now ? { now } : {}),
  });

/** Starts the fixture server in its own process and resolves its address. */
async function startStuckServer(): Promise<string> {
  child = spawn(process.execPath, ['tests/fixtures/processes/local-server-with-a-stuck-build.ts', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('{"url"')) return (JSON.parse(line) as { url: string }).url;
  }
  throw new Error('the stuck server never listened');
}

describe('after a restart', () => {
  it('a build the killed server left unfinished is run again, and its publication goes live', async () => {
    const url = await startStuckServer();
    const token = await signEditorToken(await loadOrCreateEditorKey(dataDir), { name: 'Kari Redaktør' });
    const call = (path: string, init: { method?: string; json?: unknown } = {}) =>
      fetch(url + path, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
      });
    const source = `${(await readFile('content/articles/syn.mdx', 'utf8')).trimEnd()}\n\nEndring før omstart\n`;
    expect((await call('/api/moderation/articles/syn', { method: 'PUT', json: { source, version: 0 } })).status).toBe(200);
    const published = await call('/api/moderation/publish', { method: 'POST', json: { slugs: ['syn'] } });
    const { id, status } = (await published.json()) as { id: string; status: string };
    expect(status).toBe('building');
    child!.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));

    const server = await start();
    try {
      await server.publishingIdle();
      expect(await server.context.articles!.getPublication(id)).toMatchObject({ status: 'live', stage: 'done' });
      expect((await server.context.articles!.getArticleHead('syn'))!.liveVersion).toBe(1);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('a publication scheduled before the restart starts when its time has come', async () => {
    const clock = manualClock('2026-12-01T10:00:00.000Z');
    const before = await start(clock.now);
    const schedule = await schedulePublication({ articles: before.context.articles! }, new Date('2026-12-02T03:00:00.000Z'));
    await before.close();

    clock.advance(24 * 3_600_000);
    const after = await start(clock.now);
    try {
      await after.publishingIdle();
      expect(await after.context.articles!.getPublication(`schedule-${schedule.id}`)).toMatchObject({
        reason: 'schedule',
        stage: 'done',
      });
    } finally {
      await after.close();
    }
  }, 60_000);
});
