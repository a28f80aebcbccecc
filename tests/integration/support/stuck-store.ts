import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startEmbeddedDynamo } from '../../../functions/local/embedded-dynamo.ts';

export interface StuckableStore {
  endpoint: string;
  /** From now on the store takes every request, on new and kept-alive connections, and never answers. */
  stopAnswering(): void;
  close(): Promise<void>;
}

/**
 * dynalite behind a TCP relay that can go silent: connections are still accepted and requests
 * still read, but nothing comes back – the failure a closed port does not show.
 */
export async function startStuckableStore(): Promise<StuckableStore> {
  const dynamo = await startEmbeddedDynamo();
  const upstream = new URL(dynamo.endpoint);
  let stuck = false;
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    sockets.add(client);
    const store = connect(Number(upstream.port), upstream.hostname);
    sockets.add(store);
    client.on('data', (chunk) => {
      if (!stuck) store.write(chunk);
    });
    store.on('data', (chunk) => {
      if (!stuck) client.write(chunk);
    });
    const end = () => {
      client.destroy();
      store.destroy();
    };
    client.on('close', end).on('error', end);
    store.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    stopAnswering: () => {
      stuck = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
      await dynamo.close();
    },
  };
}
