/**
 * The local server in its own process for the API bench, so the load generator doesn't share
 * its event loop. Prints the URL as one JSON line; stops on SIGTERM.
 * Usage: node tests/bench/api-server.ts <dataDir>
 */
import { startLocalServer } from '../../tools/local/server.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('Bruk: node tests/bench/api-server.ts <dataDir>');
const server = await startLocalServer({ port: 0, dataDir, distDir: dataDir, env: { ...process.env, SUGGESTION_RATE_LIMIT: '0' } });
console.log(JSON.stringify({ url: server.url }));
process.once('SIGTERM', async () => {
  await server.close();
  process.exit(0);
});
