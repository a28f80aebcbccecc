import { Agent, request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../tools/local/server.ts';
import { securityHeaders } from '../../src/core/security-headers.ts';

let server: LocalServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'abc-local-api-'));
  server = await startLocalServer({ port: 0, dataDir, distDir: join(dataDir, 'no-dist') });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Answer = { status: number; reusedSocket: boolean; body: string };

/** node:http rather than fetch, to see which connection carried a request. */
function send(agent: Agent, method: string, path: string, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${server.url}${path}`,
      { agent, method, headers: body ? { 'content-type': 'application/json', 'content-length': body.byteLength } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, reusedSocket: req.reusedSocket, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the local API', () => {
  it('reads the rest of a too-large body after its 413, so the next request on the connection is answered', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const huge = Buffer.from(JSON.stringify({ kind: 'question', text: 'x'.repeat(2 * 1024 * 1024) }));
      const tooLarge = await send(agent, 'POST', '/api/suggestions', huge);
      expect(tooLarge.status).toBe(413);
      expect(JSON.parse(tooLarge.body)).toMatchObject({ error: { code: 'payload-too-large' } });
      const next = await send(agent, 'GET', '/api/health');
      expect(next.status).toBe(200);
      expect(next.reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it.each([
    ['an answer', 'GET', '/api/health'],
    ['an error', 'POST', '/api/suggestions'],
    ['an unknown address', 'GET', '/api/finnes-ikke'],
  ])('sends the security headers CloudFront adds in production on %s', async (_what, method, path) => {
    const response = await fetch(server.url + path, { method });
    for (const [name, value] of Object.entries(securityHeaders())) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
