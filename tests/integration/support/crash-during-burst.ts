/**
 * The process a crash test kills, as a Lambda dies: a local server whose handlers use the test's
 * store (which lives on, as DynamoDB does) through a gate that stops one write of each suggestion,
 * posting a burst of keyed submissions to itself. It prints `stopped <n>` for every write stopped,
 * so the test can SIGKILL it while requests are between their writes.
 * Usage: node crash-during-burst.ts <dataDir> <storeEndpoint> <count> <seed>
 */
import { join } from 'node:path';
import { startLocalServer } from '../../../tools/local/server.ts';
import { startGatedStoreProxy } from './gated-store-proxy.ts';
import { burstGate, burstRequests, postSuggestion } from './suggestion-burst.ts';

const [dataDir = '', storeEndpoint = '', count = '0', seed = ''] = process.argv.slice(2);
const gate = await startGatedStoreProxy(burstGate, (stopped) => process.stdout.write(`stopped ${stopped}\n`));
const server = await startLocalServer({
  port: 0,
  dataDir,
  distDir: join(dataDir, 'no-dist'),
  storeEndpoint: () => gate.forwardTo(storeEndpoint),
  env: { ...process.env, SUGGESTION_RATE_LIMIT: '0' },
});
process.stdout.write('ready\n');
await Promise.allSettled(burstRequests(Number(count), seed).map((request) => postSuggestion(server.url, request)));
