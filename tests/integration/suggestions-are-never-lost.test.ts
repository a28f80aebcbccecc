import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalServer } from '../../functions/local/server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'abc-never-lost-'));
const distDir = mkdtempSync(join(tmpdir(), 'abc-no-dist-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
});

/**
 * Sends one suggestion the way the form's script does: with an Idempotency-Key, sent again with the
 * same key after a 503 (on a busy machine the embedded store, sharing the server's event loop, may
 * miss its time limit). The promise is that nothing is lost and nothing is stored twice.
 */
async function submit(url: string, index: number): Promise<Response> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `never-lost-${index}` },
    body: JSON.stringify({ kind: 'question', text: `Spørsmål nummer ${index} om sykehjem` }),
  };
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${url}/api/suggestions`, init);
    if (response.status !== 503 || attempt === 10) return response;
    await response.body?.cancel();
  }
}

describe('the local server', () => {
  it('stores 200 concurrent valid submissions as 200 distinct items, and still has them after a restart', async () => {
    const first = await startLocalServer({ port: 0, dataDir, distDir, env: { SUGGESTION_RATE_LIMIT: '0' } });
    const responses = await Promise.all(Array.from({ length: 200 }, (_, index) => submit(first.url, index)));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as { id: string }[];
    expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201));
    const ids = new Set(bodies.map((body) => body.id));
    expect(ids.size).toBe(200);
    const stored = await first.context.storage.listSuggestions({ status: 'new', limit: 100 });
    const rest = await first.context.storage.listSuggestions({ status: 'new', limit: 100, cursor: stored.nextCursor! });
    const storedIds = new Set([...stored.items, ...rest.items].map((item) => item.id));
    expect(storedIds).toEqual(ids);
    const code = first.demoCouncilCode;
    await first.close();

    const second = await startLocalServer({ port: 0, dataDir, distDir });
    expect((await second.context.storage.countSuggestionsByStatus()).new).toBe(200);
    expect((await second.context.storage.getSuggestion(bodies[0]!.id))?.text).toBe('Spørsmål nummer 0 om sykehjem');
    expect(second.demoCouncilCode).toBe(code);
    await second.close();
  });
});
