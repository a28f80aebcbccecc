/**
 * dynalite, persisted under a directory (in memory without one), on a free loopback port, in a
 * worker thread of its own (dynalite-thread.ts): the handlers reach it through the real SDK over
 * HTTP as they reach DynamoDB in AWS, and its request handling and LevelDB work run beside theirs
 * instead of waiting in line with them on one event loop. Tables are ACTIVE at once.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { ThreadMessage } from './dynalite-thread.ts';

export type EmbeddedDynamo = {
  endpoint: string;
  /** Closes the store's connections, its server and LevelDB, and resolves once its thread has ended. */
  close(): Promise<void>;
};

export async function startEmbeddedDynamo(path?: string): Promise<EmbeddedDynamo> {
  const worker = new Worker(new URL('./dynalite-thread.ts', import.meta.url), { workerData: { path } });
  const ended = once(worker, 'exit').then(() => undefined);
  // A thread that fails to load rejects here with its error.
  const [message] = (await once(worker, 'message')) as [ThreadMessage];
  if ('error' in message) {
    await ended;
    throw new Error(`dynalite did not start: ${message.error}`);
  }
  return {
    endpoint: `http://127.0.0.1:${message.port}`,
    close: async () => {
      worker.postMessage('close');
      await ended;
    },
  };
}
