/**
 * dynalite in a worker thread of its own (embedded-dynamo.ts starts it): the store's request
 * handling and LevelDB work run beside the handlers instead of waiting in line with them on one
 * event loop, as DynamoDB is a service of its own in AWS. Says its port once it listens, or the
 * error that kept it from listening; on 'close' it closes its connections, its server and LevelDB.
 */
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';

export type ThreadMessage = { port: number } | { error: string };

const port = parentPort!;
const { path } = workerData as { path?: string };
const server = dynalite({ ...(path ? { path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (error) => {
  port.postMessage({ error: error.message } satisfies ThreadMessage);
  port.close();
});
server.listen(0, '127.0.0.1', () => port.postMessage({ port: (server.address() as AddressInfo).port } satisfies ThreadMessage));
port.on('message', (message) => {
  if (message !== 'close') return;
  // The SDK keeps connections alive; without this close() would wait for them to idle out.
  server.closeAllConnections();
  // dynalite's close() closes LevelDB too; once the port closes the thread has nothing left to run and ends.
  server.close(() => port.close());
});
