import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedDynamo } from '../../tools/local/embedded-dynamo.ts';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import { createDocumentClient } from '../../functions/shared/storage/client.ts';
import { createLocalMaintenance, createStorage } from '../../functions/shared/storage/index.ts';
import { tableKeys } from '../../functions/shared/storage/table.ts';
import { startGatedStoreProxy } from './support/gated-store-proxy.ts';
import { sendUntilAnswered } from './support/send-again.ts';
import { burstGate, burstRequests, postSuggestion, type BurstRequest } from './support/suggestion-burst.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'abc-crash-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Every item of a suggestion's partition, read straight from the table. */
async function itemsOf(server: LocalServer, id: string): Promise<Record<string, unknown>[]> {
  const client = createDocumentClient({ region: 'local', endpoint: server.context.env.DYNAMODB_ENDPOINT });
  try {
    const output = await client.send(
      new QueryCommand({
        TableName: server.context.env.TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': tableKeys().suggestionPartition(id) },
        ConsistentRead: true,
      }),
    );
    return output.Items ?? [];
  } finally {
    client.destroy();
  }
}

/** Retries every request with its key (and again after a 503); each must now answer 201, and each sender's contact must be kept for good. */
async function retryAndCheck(server: LocalServer, requests: readonly BurstRequest[]): Promise<void> {
  const answers = await Promise.all(
    requests.map(async (request) => {
      // Again after a 503 too: on a busy machine the store may miss its limit (support/send-again.ts).
      const { response } = await sendUntilAnswered(server.url, request.key, request.body);
      return { request, status: response.status, body: (await response.json()) as { id: string; reference: string } };
    }),
  );
  expect(answers.map((answer) => answer.status)).toEqual(requests.map(() => 201));
  expect(new Set(answers.map((answer) => answer.body.reference)).size).toBe(requests.length);
  expect((await server.context.lists!.countSuggestionsByStatus()).new).toBe(requests.length);
  for (const { request, body } of answers) {
    const sent = request.body.contact as Record<string, string> | undefined;
    // The raw items first: the detail read below would repair a pending contact itself.
    const contactItem = (await itemsOf(server, body.id)).find((item) => item.sk === 'CONTACT');
    if (sent) expect(contactItem, `contact of request ${request.key}`).toMatchObject({ ...sent });
    if (sent) expect(contactItem).not.toHaveProperty('expiresAt');
    const detail = await server.context.storage.getSuggestionDetail(body.id);
    expect(detail?.hasContact).toBe(sent !== undefined);
    expect(detail?.contact ?? null).toEqual(sent ?? null);
    if (request.wantsEmail) expect(detail?.notify).toBe(true);
  }
}

describe('a suggestion and its contact', () => {
  it('are whole after the server is killed with SIGKILL mid-burst and every request is retried with its key', async () => {
    const dataDir = freshDir();
    const requests = burstRequests(40, 'sigkill');
    // The store lives on, as DynamoDB does when a Lambda dies; only the handlers' process is killed.
    const store = await startEmbeddedDynamo();
    const child = spawn(
      process.execPath,
      ['tests/integration/support/crash-during-burst.ts', dataDir, store.endpoint, String(requests.length), 'sigkill'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    // Killed once several requests are stopped between their writes, while the rest of the burst is in flight.
    for await (const line of createInterface({ input: child.stdout })) {
      if (/^stopped (\d+)$/.exec(line) && Number(line.split(' ')[1]) >= 8) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const server = await startLocalServer({
      port: 0,
      dataDir,
      distDir: join(dataDir, 'no-dist'),
      storeEndpoint: () => store.endpoint,
      env: { SUGGESTION_RATE_LIMIT: '0' },
    });
    try {
      await retryAndCheck(server, requests);
    } finally {
      await server.close();
      await store.close();
    }
  }, 120_000);

  it('are whole when the store times out (503) between the writes and every request is retried with its key', async () => {
    const dataDir = freshDir();
    const requests = burstRequests(24, 'timeout');
    const gate = await startGatedStoreProxy(burstGate);
    const server = await startLocalServer({
      port: 0,
      dataDir,
      distDir: join(dataDir, 'no-dist'),
      storeEndpoint: (endpoint) => gate.forwardTo(endpoint),
      env: { SUGGESTION_RATE_LIMIT: '0' },
    });
    try {
      const first = await Promise.all(requests.map(async (request) => (await postSuggestion(server.url, request)).status));
      expect(gate.stopped()).toBeGreaterThan(0);
      // A request stopped before its suggestion was stored got the Norwegian 503; nothing of it is visible.
      expect(first).toContain(503);
      expect((await server.context.lists!.countSuggestionsByStatus()).new).toBeLessThan(requests.length);
      gate.open();
      await retryAndCheck(server, requests);
    } finally {
      await server.close();
      await gate.close();
    }
  }, 120_000);

  it('keeps a contact left pending after its suggestion was stored at the first read, without a retry', async () => {
    const dataDir = freshDir();
    const [request] = burstRequests(1, 'first-read');
    const gate = await startGatedStoreProxy(() => 3);
    const server = await startLocalServer({
      port: 0,
      dataDir,
      distDir: join(dataDir, 'no-dist'),
      storeEndpoint: (endpoint) => gate.forwardTo(endpoint),
      env: { SUGGESTION_RATE_LIMIT: '0' },
    });
    try {
      const response = await postSuggestion(server.url, request!);
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      gate.open();
      expect((await itemsOf(server, id)).find((item) => item.sk === 'CONTACT')).toMatchObject({ pending: true });
      expect((await server.context.storage.getSuggestionDetail(id))?.contact).toEqual(request!.body.contact);
      const kept = (await itemsOf(server, id)).find((item) => item.sk === 'CONTACT');
      expect(kept).not.toHaveProperty('pending');
      expect(kept).not.toHaveProperty('expiresAt');
    } finally {
      await server.close();
      await gate.close();
    }
  }, 60_000);

  it('leaves only an unseen contact that expires when the suggestion is never stored', async () => {
    const dataDir = freshDir();
    const [request] = burstRequests(1, 'orphan');
    let now = new Date('2026-12-01T10:00:00.000Z');
    const gate = await startGatedStoreProxy(() => 2);
    const server = await startLocalServer({
      port: 0,
      dataDir,
      distDir: join(dataDir, 'no-dist'),
      storeEndpoint: (endpoint) => gate.forwardTo(endpoint),
      env: { SUGGESTION_RATE_LIMIT: '0', CONTACT_RETENTION_DAYS: '30' },
      now: () => now,
    });
    try {
      expect((await postSuggestion(server.url, request!)).status).toBe(503);
      gate.open();
      expect((await server.context.lists!.countSuggestionsByStatus()).new).toBe(0);
      const options = {
        client: createDocumentClient({ region: 'local', endpoint: server.context.env.DYNAMODB_ENDPOINT }),
        tableName: server.context.env.TABLE_NAME,
        contactRetentionDays: 30,
        now: () => now,
      };
      const storage = createStorage(options);
      const maintenance = createLocalMaintenance(options);
      const orphan = await contactItems(server);
      expect(orphan).toEqual([expect.objectContaining({ pending: true, expiresAt: Math.floor(now.getTime() / 1000) + 30 * 86_400 })]);
      const id = String(orphan[0]!.pk).replace('SUGGESTION#', '');
      expect(await storage.getSuggestionDetail(id)).toBeUndefined();
      expect(await maintenance.sweepExpired()).toBe(0);
      now = new Date(now.getTime() + 31 * 86_400_000);
      expect(await maintenance.sweepExpired()).toBe(1);
      expect(await itemsOf(server, id)).toEqual([]);
      storage.close();
    } finally {
      await server.close();
      await gate.close();
    }
  }, 60_000);
});

/** Every contact item in the table. */
async function contactItems(server: LocalServer): Promise<Record<string, unknown>[]> {
  const client = createDocumentClient({ region: 'local', endpoint: server.context.env.DYNAMODB_ENDPOINT });
  try {
    const output = await client.send(
      new ScanCommand({
        TableName: server.context.env.TABLE_NAME,
        FilterExpression: 'sk = :contact',
        ExpressionAttributeValues: { ':contact': 'CONTACT' },
      }),
    );
    return output.Items ?? [];
  } finally {
    client.destroy();
  }
}
