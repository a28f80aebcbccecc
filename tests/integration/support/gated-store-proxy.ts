/**
 * An HTTP proxy in front of the embedded store that stops one write of each suggestion at a gate:
 * the writes to a `SUGGESTION#<id>` partition are numbered by their distinct action and sort key
 * (a retry of the same write keeps its number), and the write numbered `gateAt(id)` is either held
 * (never forwarded, never answered: the process dies with it in flight) or stalled the same way
 * until the SDK's own timeout turns it into the Norwegian 503. `open()` lets everything through.
 * Whatever the order of the writes, a request stopped at its second write is a request between
 * its two writes.
 */
import { createServer, request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type AttributeValue = { S?: string };
type WriteRequest = { Item?: Record<string, AttributeValue>; Key?: Record<string, AttributeValue> };

export type GatedStoreProxy = {
  /** Starts forwarding to the store; call from LocalServerOptions.storeEndpoint. */
  forwardTo(endpoint: string): string;
  /** How many writes the gate has stopped so far (each attempt counts). */
  stopped(): number;
  /** Lets every write through from now on; the ones stopped so far stay unanswered. */
  open(): void;
  close(): Promise<void>;
};

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem']);

/** `gateAt(id)` is the number (1, 2, …) of the write to stop for that suggestion; `onStop` hears each stop. */
export async function startGatedStoreProxy(
  gateAt: (suggestionId: string) => number,
  onStop?: (stopped: number) => void,
): Promise<GatedStoreProxy> {
  let target: URL | undefined;
  let gateOpen = false;
  let stops = 0;
  const writesOf = new Map<string, string[]>();
  const stoppedAnswers = new Set<ServerResponse>();

  const stopHere = (action: string, body: Buffer): boolean => {
    if (gateOpen || !WRITES.has(action)) return false;
    const request = JSON.parse(body.toString('utf8')) as WriteRequest;
    const key = request.Item ?? request.Key ?? {};
    const id = /^SUGGESTION#(.+)$/.exec(key.pk?.S ?? '')?.[1];
    if (!id) return false;
    const writes = writesOf.get(id) ?? [];
    const signature = `${action}:${key.sk?.S ?? ''}`;
    if (!writes.includes(signature)) writes.push(signature);
    writesOf.set(id, writes);
    return writes.indexOf(signature) + 1 === gateAt(id);
  };

  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const action =
        String(incoming.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() ?? '';
      if (stopHere(action, body)) {
        stoppedAnswers.add(outgoing);
        outgoing.on('close', () => stoppedAnswers.delete(outgoing));
        stops += 1;
        onStop?.(stops);
        return;
      }
      if (!target) throw new Error('gated proxy: no store to forward to yet');
      const forward = httpRequest(
        { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forward.on('error', () => outgoing.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    forwardTo(endpoint) {
      target = new URL(endpoint);
      return `http://127.0.0.1:${port}`;
    },
    stopped: () => stops,
    open: () => {
      gateOpen = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const answer of stoppedAnswers) answer.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
