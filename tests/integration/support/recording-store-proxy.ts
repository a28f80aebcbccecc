/**
 * An HTTP proxy in front of the embedded store that records every DynamoDB action as it goes over
 * the wire (the `X-Amz-Target` header, whether it names an index, and the partition key): exactly what IAM decides on
 * in AWS, whatever client or middleware the storage module uses.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `leadingKey`: the partition key value the request names (what IAM's dynamodb:LeadingKeys decides on). */
export type RecordedAction = { action: string; usesIndex: boolean; leadingKey?: string };

type Request = {
  IndexName?: unknown;
  Key?: { pk?: { S?: string } };
  Item?: { pk?: { S?: string } };
  KeyConditionExpression?: string;
  ExpressionAttributeValues?: Record<string, { S?: string }>;
};

/** The partition key a request names: in its key or item, or in a query's key condition. */
function leadingKeyOf(request: Request): string | undefined {
  const direct = request.Key?.pk?.S ?? request.Item?.pk?.S;
  if (direct !== undefined) return direct;
  const placeholder = /\bpk\s*=\s*(:\w+)/.exec(request.KeyConditionExpression ?? '')?.[1];
  return placeholder ? request.ExpressionAttributeValues?.[placeholder]?.S : undefined;
}

export type RecordingStoreProxy = {
  /** Starts forwarding to the store; call from LocalServerOptions.storeEndpoint. */
  forwardTo(endpoint: string): string;
  /** The actions since the last call, and a fresh record. */
  take(): RecordedAction[];
  close(): Promise<void>;
};

export async function startRecordingStoreProxy(): Promise<RecordingStoreProxy> {
  let target: URL | undefined;
  let recorded: RecordedAction[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const action =
        String(incoming.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() ?? '';
      const parsed = (body.length > 0 ? JSON.parse(body.toString('utf8')) : {}) as Request;
      const leadingKey = leadingKeyOf(parsed);
      recorded.push({
        action: `dynamodb:${action}`,
        usesIndex: typeof parsed.IndexName === 'string',
        ...(leadingKey ? { leadingKey } : {}),
      });
      if (!target) throw new Error('recording proxy: no store to forward to yet');
      const forward = httpRequest(
        { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
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
    take() {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
