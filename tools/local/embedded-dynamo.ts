/**
 * dynalite in this process, persisted under a directory (in memory without one), on a free
 * loopback port. Tables are ACTIVE at once, so start-up takes milliseconds.
 */
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export type EmbeddedDynamo = { endpoint: string; close(): Promise<void> };

export async function startEmbeddedDynamo(path?: string): Promise<EmbeddedDynamo> {
  const server = dynalite({ ...(path ? { path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // The SDK keeps connections alive; without this close() would wait for them to idle out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
