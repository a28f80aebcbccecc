/**
 * A TCP relay in front of the embedded store that can go silent: connections are still accepted
 * and requests still read, but nothing comes back – the failure a closed port does not show.
 */
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface StuckableRelay {
  /** Starts relaying to the store; call from LocalServerOptions.storeEndpoint. */
  forwardTo(endpoint: string): string;
  /** From now on every request, on new and kept-alive connections, goes unanswered. */
  stopAnswering(): void;
  close(): Promise<void>;
}

export async function startStuckableRelay(): Promise<StuckableRelay> {
  let target: URL | undefined;
  let stuck = false;
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    if (!target) throw new Error('stuck relay: no store to relay to yet');
    const store = connect(Number(target.port), target.hostname);
    sockets.add(client).add(store);
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
    forwardTo(endpoint) {
      target = new URL(endpoint);
      return `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
    },
    stopAnswering: () => {
      stuck = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    },
  };
}
