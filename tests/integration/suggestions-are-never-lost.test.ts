import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalServer } from '../../tools/local/server.ts';
import { sendUntilAnswered } from './support/send-again.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'abc-never-lost-'));
const distDir = mkdtempSync(join(tmpdir(), 'abc-no-dist-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
});

const submit = async (url: string, index: number): Promise<Response> =>
  (await sendUntilAnswered(url, `never-lost-${index}`, { kind: 'question', text: `Spørsmål nummer ${index} om sykehjem` })).response;

describe('the local server', () => {
  it('stores 200 concurrent valid submissions as 200 distinct items, and still has them after a restart', async () => {
    const first = await startLocalServer({ port: 0, dataDir, distDir, env: { SUGGESTION_RATE_LIMIT: '0' } });
    const responses = await Promise.all(Array.from({ length: 200 }, (_, index) => submit(first.url, index)));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as { id: string }[];
    expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201));
    const ids = new Set(bodies.map((body) => body.id));
    expect(ids.size).toBe(200);
    const stored = await first.context.lists!.listSuggestions({ status: 'new', limit: 100 });
    const rest = await first.context.lists!.listSuggestions({ status: 'new', limit: 100, cursor: stored.nextCursor! });
    const storedIds = new Set([...stored.items, ...rest.items].map((item) => item.id));
    expect(storedIds).toEqual(ids);
    const code = first.demoCouncilCode;
    await first.close();

    const second = await startLocalServer({ port: 0, dataDir, distDir });
    expect((await second.context.lists!.countSuggestionsByStatus()).new).toBe(200);
    expect((await second.context.storage.getSuggestion(bodies[0]!.id))?.text).toBe('Spørsmål nummer 0 om sykehjem');
    expect(second.demoCouncilCode).toBe(code);
    await second.close();
  }, 300_000);
});
